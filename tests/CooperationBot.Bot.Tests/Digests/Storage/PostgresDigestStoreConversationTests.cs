using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class PostgresDigestStoreConversationTests() : DigestStoreConversationTests(new PostgresStoreBackend());
