using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Storage;

/// <summary>The knowledge gap store's contract (recording, listing, retention), run against each provider by a sealed subclass.</summary>
public abstract class KnowledgeGapStoreTests(StoreBackend backend) : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    protected StoreBackend Backend { get; } = backend;

    public Task InitializeAsync() => Backend.InitializeAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    /// <summary>
    /// Makes the database as the version before missing parts left it: the gap table without <c>missing</c>, holding
    /// one refused question, "Oude vraag?", in Dutch, at <see cref="Now"/> with no candidates.
    /// </summary>
    protected abstract Task CreateSchemaBeforeMissingPartsAsync();

    private IKnowledgeGapStore CreateStore() => Backend.CreateGapStore(new FakeTimeProvider(Now));

    private static KnowledgeGap Unanswered(string question, DateTimeOffset at) =>
        new(KnowledgeGapKind.Unanswered, question, "nl", at, [new GapCandidate("terugkeer-125", 0.31)], null, []);

    [Fact]
    public async Task RecordGap_EveryKind_RoundTripInANewStore()
    {
        var unanswered = new KnowledgeGap(
            KnowledgeGapKind.Unanswered, "Hoeveel visa gaf Marokko af?", "nl", Now.ToOffset(TimeSpan.FromHours(1)),
            [new GapCandidate("laissez-passers", 0.3125), new GapCandidate("terugkeer-125", 0.1)], null, []);
        var downVote = new KnowledgeGap(KnowledgeGapKind.DownVoted, null, null, Now.AddMinutes(1), [], "Verouderd", ["laissez-passers", "terugkeer-125"]);
        var partly = new KnowledgeGap(
            KnowledgeGapKind.PartlyKnown, "Hoeveel vrouwen keerden in 2021 terug?", "nl", Now.AddMinutes(2),
            [new GapCandidate("terugkeer-125", 0.8)], null, [], "vrouwen; 2021");
        var store = CreateStore();

        await store.RecordGapAsync(unanswered, None);
        await store.RecordGapAsync(downVote, None);
        await store.RecordGapAsync(partly, None);

        var listed = await CreateStore().ListGapsAsync(null, None);
        Assert.Equal(3, listed.Count);
        Assert.Equal(unanswered.Candidates, listed[0].Candidates);
        Assert.Equal(unanswered with { Candidates = listed[0].Candidates, AnswerItemIds = listed[0].AnswerItemIds }, listed[0]);
        Assert.Empty(listed[0].AnswerItemIds);
        Assert.Null(listed[0].Missing);
        Assert.Equal(downVote.AnswerItemIds, listed[1].AnswerItemIds);
        Assert.Equal(downVote with { Candidates = listed[1].Candidates, AnswerItemIds = listed[1].AnswerItemIds }, listed[1]);
        Assert.Empty(listed[1].Candidates);
        Assert.Equal(partly.Candidates, listed[2].Candidates);
        Assert.Equal(partly with { Candidates = listed[2].Candidates, AnswerItemIds = listed[2].AnswerItemIds }, listed[2]);
        Assert.Equal("vrouwen; 2021", listed[2].Missing);
    }

    [Fact]
    public async Task ListGaps_DatabaseFromBeforeMissingParts_ListsTheOldGapsAndRecordsMissingParts()
    {
        await CreateSchemaBeforeMissingPartsAsync();
        var partly = new KnowledgeGap(KnowledgeGapKind.PartlyKnown, "Hoeveel vrouwen keerden terug?", "nl", Now.AddMinutes(1), [], null, [], "vrouwen");

        var old = Assert.Single(await CreateStore().ListGapsAsync(null, None));
        await CreateStore().RecordGapAsync(partly, None);

        Assert.Equal(new KnowledgeGap(KnowledgeGapKind.Unanswered, "Oude vraag?", "nl", Now, old.Candidates, null, old.AnswerItemIds), old);
        Assert.Empty(old.Candidates);
        Assert.Equal(["Oude vraag?", "Hoeveel vrouwen keerden terug?"], (await CreateStore().ListGapsAsync(null, None)).Select(g => g.Question));
        Assert.Equal([null, "vrouwen"], (await CreateStore().ListGapsAsync(null, None)).Select(g => g.Missing));
    }

    [Fact]
    public async Task ListGaps_FourStoresOpenADatabaseFromBeforeMissingPartsAtOnce_AllSucceed()
    {
        await CreateSchemaBeforeMissingPartsAsync();

        var listed = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => CreateStore().ListGapsAsync(null, None))));

        Assert.All(listed, gaps => Assert.Equal("Oude vraag?", Assert.Single(gaps).Question));
    }

    [Fact]
    public async Task ListGaps_Since_ReturnsTheLaterOnesOldestFirst()
    {
        var store = CreateStore();
        await store.RecordGapAsync(Unanswered("derde", Now.AddDays(-1)), None);
        await store.RecordGapAsync(Unanswered("eerste", Now.AddDays(-10)), None);
        await store.RecordGapAsync(Unanswered("tweede", Now.AddDays(-5)), None);

        var listed = await store.ListGapsAsync(Now.AddDays(-5), None);

        Assert.Equal(["tweede", "derde"], listed.Select(g => g.Question));
    }

    [Fact]
    public async Task Prune_DeletesGapsAnswersAndVotesOlderThanTheCutoff_KeepsTheRest()
    {
        var store = CreateStore();
        var feedback = (IFeedbackStore)store;
        var cutoff = Now.AddDays(-90);
        await store.RecordGapAsync(Unanswered("oud", cutoff.AddSeconds(-1)), None);
        await store.RecordGapAsync(Unanswered("nieuw", cutoff), None);

        // Answers and votes keep the caller's offset; they are compared as instants whatever their offset.
        await feedback.RecordAnswerAsync(new AnswerRecord("old", "Q", "nl", false, [], "v1", cutoff.AddMinutes(30).ToOffset(TimeSpan.FromHours(1))), None);
        await feedback.RecordAnswerAsync(new AnswerRecord("older", "Q", "nl", false, [], "v1", cutoff.AddMinutes(-30).ToOffset(TimeSpan.FromHours(2))), None);
        await feedback.RecordFeedbackAsync(new FeedbackRecord("older", "dislike", "x", "Q", [], cutoff.AddDays(-1)), None);
        await feedback.RecordFeedbackAsync(new FeedbackRecord("old", "like", null, "Q", [], cutoff.AddHours(1)), None);

        var deleted = await store.PruneAsync(cutoff, None);

        Assert.Equal(3, deleted);
        Assert.Equal(["nieuw"], (await store.ListGapsAsync(null, None)).Select(g => g.Question));
        Assert.NotNull(await feedback.FindAnswerAsync("old", None));
        Assert.Null(await feedback.FindAnswerAsync("older", None));
        Assert.Equal(["like"], (await feedback.ListFeedbackAsync(None)).Select(f => f.Reaction));
    }

    [Fact]
    public async Task Prune_NothingOld_DeletesNothing()
    {
        var store = CreateStore();
        await store.RecordGapAsync(Unanswered("nieuw", Now), None);

        Assert.Equal(0, await store.PruneAsync(Now.AddDays(-90), None));
        Assert.Single(await store.ListGapsAsync(null, None));
    }
}
