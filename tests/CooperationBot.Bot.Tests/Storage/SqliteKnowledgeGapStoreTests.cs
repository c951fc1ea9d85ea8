namespace CooperationBot.Bot.Tests.Storage;

public sealed class SqliteKnowledgeGapStoreTests() : KnowledgeGapStoreTests(new SqliteStoreBackend());
