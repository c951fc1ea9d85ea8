using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Storage;

public sealed class SqliteFeedbackStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-store-").FullName;

    private SqliteFeedbackStore CreateStore() =>
        new(Options.Create(new StoreOptions { ConnectionString = $"Data Source={Path.Combine(_dir, "sub", "bot.db")};Pooling=False" }));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task RecordAnswer_ThenFind_RoundTripsInANewFile()
    {
        var store = CreateStore();
        var answer = new AnswerRecord("msg-1", "Hoeveel?", "nl", true, ["terugkeer-125", "laissez-passers"], "abc123", Now);

        await store.RecordAnswerAsync(answer, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(_dir, "sub", "bot.db")));
        var found = await CreateStore().FindAnswerAsync("msg-1", CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal(answer.ItemIds, found.ItemIds);
        Assert.Equal(answer with { ItemIds = found.ItemIds }, found);
    }

    [Fact]
    public async Task FindAnswer_Unknown_ReturnsNull()
    {
        Assert.Null(await CreateStore().FindAnswerAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task RecordFeedback_ListsInArrivalOrder()
    {
        var store = CreateStore();

        await store.RecordFeedbackAsync(new FeedbackRecord("m1", "like", null, "Q1", ["a"], Now), CancellationToken.None);
        await store.RecordFeedbackAsync(new FeedbackRecord(null, "dislike", "fout", null, [], Now.AddMinutes(1)), CancellationToken.None);

        var all = await store.ListFeedbackAsync(CancellationToken.None);
        Assert.Equal(2, all.Count);
        Assert.Equal("like", all[0].Reaction);
        Assert.Equal(["a"], all[0].ItemIds);
        Assert.Equal("fout", all[1].Comment);
        Assert.Null(all[1].RatedMessageId);
    }
}
