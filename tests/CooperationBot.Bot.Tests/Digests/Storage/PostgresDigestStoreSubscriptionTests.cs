using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class PostgresDigestStoreSubscriptionTests() : DigestStoreSubscriptionTests(new PostgresStoreBackend());
