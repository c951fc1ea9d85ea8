using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Storage;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Bot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Curators;

/// <summary>What <see cref="GapRecorder"/> keeps of an answer, read back from each provider's store by a sealed subclass.</summary>
public abstract class GapRecorderTests(StoreBackend backend) : IAsyncLifetime
{
    private const string PartlyQuestion = "Hoeveel vrouwen keerden terug naar Marokko?";
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private StoreBackend Backend { get; } = backend;

    public Task InitializeAsync() => Backend.InitializeAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    [Fact]
    public async Task RecordAnswer_PartlyKnown_RecordsTheMissingPartInTheAskersWordsAndTheNearestItem()
    {
        var result = AnswerWithTheRealKnowledge(PartlyQuestion);
        Assert.Equal(AnswerOutcome.Partly, result.Outcome);
        Assert.Contains("vrouwen", result.NotKnown, StringComparison.OrdinalIgnoreCase);

        var gap = await RecordAndReadAsync(result);

        Assert.Equal(KnowledgeGapKind.PartlyKnown, gap.Kind);
        Assert.Equal((PartlyQuestion, "nl", Now), (gap.Question, gap.Language, gap.OccurredAt));
        Assert.Equal(result.NotKnown, gap.Missing);
        Assert.Equal([new GapCandidate(result.Best!.Id, Math.Round(result.Confidence, 4))], gap.Candidates);
        Assert.Null(gap.Comment);
        Assert.Empty(gap.AnswerItemIds);
    }

    [Fact]
    public async Task RecordAnswer_PartlyKnownWithSeveralParts_KeepsThemAsTheAnswerNamedThem()
    {
        var result = AnswerWithTheRealKnowledge(PartlyQuestion) with { NotKnown = "vrouwen; 2021" };

        var gap = await RecordAndReadAsync(result);

        Assert.Equal("vrouwen; 2021", gap.Missing);
    }

    [Fact]
    public async Task RecordAnswer_Refusal_RecordsTheFirstThreeCandidatesAndNoMissingPart()
    {
        var result = AnswerWithTheRealKnowledge(PartlyQuestion) with
        {
            Outcome = AnswerOutcome.NotKnown,
            Best = null,
            NotKnown = null,
            Missing = [],
            Candidates = [Hit("a", 0.312345), Hit("b", 0.2), Hit("c", 0.1), Hit("d", 0.05)],
        };

        var gap = await RecordAndReadAsync(result);

        Assert.Equal(KnowledgeGapKind.Unanswered, gap.Kind);
        Assert.Equal([new("a", 0.3123), new("b", 0.2), new GapCandidate("c", 0.1)], gap.Candidates);
        Assert.Null(gap.Missing);
    }

    [Fact]
    public async Task RecordAnswer_Answered_RecordsNothing()
    {
        var result = AnswerWithTheRealKnowledge(PartlyQuestion) with { Outcome = AnswerOutcome.Answered, NotKnown = null, Missing = [] };

        await Recorder().RecordAnswerAsync(result, "nl", None);

        Assert.Empty(await Backend.CreateGapStore(TimeProvider.System).ListGapsAsync(null, None));
    }

    private static AnswerResult AnswerWithTheRealKnowledge(string question)
    {
        using var answerer = new Answerer(
            new InMemoryKnowledgeSource(TestKnowledge.Real), new AnsweringOptions(), NullLogger<Answerer>.Instance, new FakeTimeProvider(Now), build: null);
        return answerer.Answer(question, UserLanguage.Dutch);
    }

    private static SearchHit Hit(string id, double confidence) => new(id, AnswerItemKind.Fact, 1f, confidence, HasEvidence: true);

    private GapRecorder Recorder() => new(Backend.CreateGapStore(TimeProvider.System), new FakeTimeProvider(Now), NullLogger<GapRecorder>.Instance);

    private async Task<KnowledgeGap> RecordAndReadAsync(AnswerResult result)
    {
        await Recorder().RecordAnswerAsync(result, "nl", None);
        return Assert.Single(await Backend.CreateGapStore(TimeProvider.System).ListGapsAsync(null, None));
    }
}
