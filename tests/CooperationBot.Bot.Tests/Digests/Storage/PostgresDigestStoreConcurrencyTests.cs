using CooperationBot.Bot.Tests.Storage;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class PostgresDigestStoreConcurrencyTests(ITestOutputHelper output) : DigestStoreConcurrencyTests(new PostgresStoreBackend(), output);
