using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class SqliteDigestStoreOutboxTests() : DigestStoreOutboxTests(new SqliteStoreBackend());
