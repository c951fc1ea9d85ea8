namespace CooperationBot.Bot.Tests.Storage;

public sealed class PostgresKnowledgeGapStoreTests() : KnowledgeGapStoreTests(new PostgresStoreBackend());
