using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class SqliteDigestStoreRetentionTests() : DigestStoreRetentionTests(new SqliteStoreBackend());
