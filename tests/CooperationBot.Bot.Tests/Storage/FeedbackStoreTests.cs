using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Storage;

/// <summary>The feedback store's contract, run against each provider by a sealed subclass.</summary>
public abstract class FeedbackStoreTests(StoreBackend backend) : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    protected StoreBackend Backend { get; } = backend;

    protected IFeedbackStore CreateStore() => Backend.CreateFeedbackStore(new FakeTimeProvider(Now));

    public Task InitializeAsync() => Backend.InitializeAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    [Fact]
    public async Task RecordAnswer_ThenFind_RoundTripsInANewStore()
    {
        var answer = new AnswerRecord("msg-1", "Hoeveel?", "nl", true, ["terugkeer-125", "laissez-passers"], "abc123", Now.ToOffset(TimeSpan.FromHours(1)));

        await CreateStore().RecordAnswerAsync(answer, CancellationToken.None);

        var found = await CreateStore().FindAnswerAsync("msg-1", CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal(answer.ItemIds, found.ItemIds);
        Assert.Equal(answer with { ItemIds = found.ItemIds }, found);
        Assert.Equal(answer.AnsweredAt.Offset, found.AnsweredAt.Offset);
    }

    [Fact]
    public async Task RecordAnswer_SameMessageAgain_ReplacesIt()
    {
        var store = CreateStore();
        await store.RecordAnswerAsync(new AnswerRecord("msg-1", "Eerst?", "nl", false, [], "v1", Now), CancellationToken.None);

        await store.RecordAnswerAsync(new AnswerRecord("msg-1", "Daarna?", "en", true, ["a"], "v2", Now.AddMinutes(1)), CancellationToken.None);

        var found = await store.FindAnswerAsync("msg-1", CancellationToken.None);
        Assert.Equal(("Daarna?", "en", true, "v2", Now.AddMinutes(1)), (found?.Question, found?.Language, found?.Answered, found?.KnowledgeVersion, found?.AnsweredAt));
        Assert.Equal(["a"], found?.ItemIds);
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
        Assert.Equal("Q1", all[0].Question);
        Assert.Equal("fout", all[1].Comment);
        Assert.Null(all[1].RatedMessageId);
        Assert.Empty(all[1].ItemIds);
        Assert.Equal(Now.AddMinutes(1), all[1].ReceivedAt);
    }
}
