using System.Globalization;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>The question set against the real knowledge file: the quality goal and the threshold's calibration.</summary>
public class KnowledgeQualityTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.95;

    private static readonly Lazy<KnowledgeSnapshot> RealKnowledge = new(() => TestKnowledge.Real);

    [Fact]
    public void Answer_QuestionSet_MeetsAccuracyAndRefusesAllOutOfScope()
    {
        var cases = QuestionCase.LoadAll();
        Assert.True(cases.Count(c => c.InScope) >= 60, "the set needs at least 60 in-scope questions");
        Assert.True(cases.Count(c => !c.InScope) >= 20, "the set needs at least 20 out-of-scope questions");
        using var answerer = CreateAnswerer();

        var outcomes = cases.Select(c => (Case: c, Result: answerer.Answer(c.Question, c.Language))).ToList();

        output.WriteLine("ok\tquestion\texpected\tgot\tconfidence");
        foreach (var (c, r) in outcomes)
        {
            var got = r.Answered ? r.Best!.Id + (r.NotKnown is null ? string.Empty : " (partial)") : "refused";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(IsCorrect(c, r) ? "ok" : "WRONG")}\t{c.Question}\t{(c.InScope ? string.Join("|", c.Expected) : "refused")}\t{got}\t{r.Confidence:F2}"));
        }

        var inScope = outcomes.Where(o => o.Case.InScope).ToList();
        var outOfScope = outcomes.Where(o => !o.Case.InScope).ToList();
        var accuracy = (double)inScope.Count(o => IsCorrect(o.Case, o.Result)) / inScope.Count;
        var refused = outOfScope.Count(o => !o.Result.Answered);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in scope: {accuracy:P1} correct of {inScope.Count}; out of scope: {refused} of {outOfScope.Count} refused"));
        Assert.True(accuracy >= RequiredAccuracy, $"accuracy {accuracy:P1} is below {RequiredAccuracy:P0}");
        Assert.Equal(outOfScope.Count, refused);
    }

    [Fact]
    public void Calibration_ScoreDistribution_LeavesAGapAroundTheThreshold()
    {
        var index = KnowledgeIndex.Build(RealKnowledge.Value);
        var threshold = new AnsweringOptions().MinimumConfidence;
        var inScope = new List<double>();
        var outOfScope = new List<double>();
        foreach (var c in QuestionCase.LoadAll())
        {
            var best = index.Search(c.Question).Best;
            var confidence = best is { HasEvidence: true } ? best.Confidence : 0;
            if (!c.InScope)
            {
                outOfScope.Add(confidence);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"out of scope: {c.Question}\t{best?.ItemId}\t{confidence:F2}"));
            }
            else if (best is not null && c.Expected.Contains(best.ItemId))
            {
                inScope.Add(confidence);
            }
        }

        output.WriteLine("confidence of the best item with evidence (0 without), per bucket of 0.1:");
        output.WriteLine("bucket\tin scope (correct top item)\tout of scope");
        for (var bucket = 0; bucket < 10; bucket++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{bucket / 10.0:F1}\t{Count(inScope, bucket)}\t{Count(outOfScope, bucket)}"));
        }

        var highestOut = outOfScope.Max();
        var lowestIn = inScope.Min();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"highest out of scope {highestOut:F2}, threshold {threshold:F2}, lowest correct in scope {lowestIn:F2}"));
        Assert.True(highestOut < threshold, "an out-of-scope question reaches the threshold");
    }

    private static int Count(List<double> values, int bucket) =>
        values.Count(v => Math.Min((int)(v * 10), 9) == bucket);

    private static bool IsCorrect(QuestionCase c, AnswerResult r) =>
        c.InScope ? r.Answered && c.Expected.Contains(r.Best!.Id) : !r.Answered;

    private static Answerer CreateAnswerer() => new(
        new InMemoryKnowledgeSource(RealKnowledge.Value),
        new AnsweringOptions(),
        NullLogger<Answerer>.Instance,
        TimeProvider.System,
        build: null);
}
