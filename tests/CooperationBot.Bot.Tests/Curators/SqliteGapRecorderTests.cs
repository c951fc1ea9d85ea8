using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Curators;

public sealed class SqliteGapRecorderTests() : GapRecorderTests(new SqliteStoreBackend());
