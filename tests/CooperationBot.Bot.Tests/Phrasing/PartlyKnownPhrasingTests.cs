using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Testing.OpenAI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace CooperationBot.Bot.Tests.Phrasing;

/// <summary>
/// A partly known question phrased by the real <see cref="AzureOpenAIPhraser"/> against the loopback model server,
/// answered from the test knowledge: the prompt names what is missing and forbids answering it, and the guard
/// rejects a reply that fills the gap anyway.
/// </summary>
public sealed class PartlyKnownPhrasingTests : IDisposable
{
    private const string WomenQuestion = "Hoeveel vrouwen keerden terug naar Marokko?";
    private const string KnownOnly = "Sinds de samenwerking aan het actieplan keerden 125 Marokkaanse vreemdelingen terug [terugkeer-aantal].";

    private readonly Answerer _answerer = new(
        new InMemoryKnowledgeSource(TestKnowledge.Snapshot), new AnsweringOptions(), NullLogger<Answerer>.Instance, TimeProvider.System, null);

    private readonly FakeLogger<GuardedPhraser> _logger = new();

    public void Dispose() => _answerer.Dispose();

    [Fact]
    public void Answer_WomenQuestion_IsPartlyKnownWithWomenMissing()
    {
        var result = _answerer.Answer(WomenQuestion);

        Assert.Equal(AnswerOutcome.Partly, result.Outcome);
        Assert.Equal("terugkeer-aantal", result.Best!.Id);
        var missing = Assert.Single(result.Missing);
        Assert.Equal(("vrouwen", ConstraintKind.Subgroup), (missing.Words, missing.Constraint));
    }

    [Theory]
    [InlineData(WomenQuestion, "125 vrouwen keerden terug [terugkeer-aantal].")]
    [InlineData(WomenQuestion, "Sinds het actieplan keerden 125 vrouwelijke Marokkaanse vreemdelingen terug [terugkeer-aantal].")]
    [InlineData("Wanneer werd de laissez-passer ingevoerd?", "De laissez-passer werd op 21 februari 2023 ingevoerd [laissez-passers].")]
    public async Task PhraseAsync_ModelFillsTheGap_GuardRejectsAndTheExtractStays(string question, string modelText)
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(modelText));
        var result = _answerer.Answer(question);
        Assert.Equal(AnswerOutcome.Partly, result.Outcome);

        var phrased = await Phrasing(bed).PhraseAsync(result, CancellationToken.None);

        Assert.Null(phrased.Phrased);
        Assert.Equal("guard: AnswersMissingPart", phrased.PhrasingFallback);
        Assert.Equal(result with { PhrasingFallback = phrased.PhrasingFallback }, phrased);
        Assert.Equal(1, bed.Counters.Rejected);
        var rejected = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Id.Id == 7008);
        Assert.Contains("AnswersMissingPart", rejected.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("vrouwen", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhraseAsync_ModelSaysOnlyWhatIsKnown_Phrased()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(KnownOnly + " Hoeveel vrouwen daaronder waren, noemen de items niet [terugkeer-aantal]."));

        var phrased = await Phrasing(bed).PhraseAsync(_answerer.Answer(WomenQuestion), CancellationToken.None);

        Assert.Null(phrased.PhrasingFallback);
        Assert.Equal(AnswerOutcome.Partly, phrased.Outcome);
        Assert.Equal(["terugkeer-aantal"], phrased.Phrased!.CitedIds);
        Assert.Equal(2, phrased.Phrased.Sentences.Count);
        Assert.Equal(0, bed.Counters.Rejected);
    }

    [Fact]
    public async Task PhraseAsync_PartlyKnown_PromptNamesTheMissingPartAndForbidsAnsweringIt()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(KnownOnly));

        await Phrasing(bed).PhraseAsync(_answerer.Answer(WomenQuestion), CancellationToken.None);

        var user = LoopbackAzureOpenAIServer.MessageOf(Assert.Single(bed.Server.Requests), "user");
        Assert.Contains("\"vrouwen\" (een groep mensen)", user, StringComparison.Ordinal);
        Assert.Contains("Dit staat niet in de items en niet in de kennis", user, StringComparison.Ordinal);
        Assert.Contains("Beantwoord dit niet: geef er geen getal, datum, plaats of naam voor", user, StringComparison.Ordinal);
        Assert.Contains("Zeg alleen wat de items wel zeggen", user, StringComparison.Ordinal);
        Assert.Contains("terugkeer-aantal", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhraseAsync_PartlyKnownInEnglish_PromptNamesTheMissingPartInEnglish()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion("Cooperation with Morocco on return has improved considerably [terugkeer-verbeterd]."));
        var result = _answerer.Answer("How many women returned to Morocco?");
        Assert.Equal(AnswerOutcome.Partly, result.Outcome);

        var phrased = await Phrasing(bed).PhraseAsync(result, CancellationToken.None);

        var user = LoopbackAzureOpenAIServer.MessageOf(Assert.Single(bed.Server.Requests), "user");
        Assert.Contains("\"women\" (a group of people)", user, StringComparison.Ordinal);
        Assert.Contains("Do not answer this: give no number, date, place or name for it", user, StringComparison.Ordinal);
        Assert.NotNull(phrased.Phrased);
    }

    [Fact]
    public async Task PhraseAsync_Answered_PhrasedAsBeforeWithoutMissingPart()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(KnownOnly));
        var result = _answerer.Answer("Hoeveel Marokkanen zijn teruggekeerd?");
        Assert.Equal(AnswerOutcome.Answered, result.Outcome);

        var phrased = await Phrasing(bed).PhraseAsync(result, CancellationToken.None);

        Assert.Null(phrased.PhrasingFallback);
        Assert.Equal(["terugkeer-aantal"], phrased.Phrased!.CitedIds);
        var user = LoopbackAzureOpenAIServer.MessageOf(Assert.Single(bed.Server.Requests), "user");
        Assert.DoesNotContain("Beantwoord dit niet", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhraseAsync_NotKnown_NeverAsksTheModel()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        var result = _answerer.Answer("Wat is de hoofdstad van Frankrijk?");
        Assert.Equal(AnswerOutcome.NotKnown, result.Outcome);

        var phrased = await Phrasing(bed).PhraseAsync(result, CancellationToken.None);

        Assert.Same(result, phrased);
        Assert.Equal(0, bed.Server.RequestCount);
    }

    private AnswerPhrasing Phrasing(PhraserTestBed bed) => new(new GuardedPhraser(bed.Phraser, bed.Counters, _logger));
}
