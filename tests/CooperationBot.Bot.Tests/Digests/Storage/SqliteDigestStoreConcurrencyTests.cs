using CooperationBot.Bot.Tests.Storage;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class SqliteDigestStoreConcurrencyTests(ITestOutputHelper output) : DigestStoreConcurrencyTests(new SqliteStoreBackend(), output);
