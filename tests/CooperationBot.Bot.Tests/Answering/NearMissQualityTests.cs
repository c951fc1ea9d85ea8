using System.Globalization;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>
/// The near-miss question sets against the real knowledge file: a question next to what the knowledge holds gets
/// "partly known" or "not known", never an answer; a question whose constraint the knowledge covers is still answered.
/// The tuned and the held-out part are measured and reported apart.
/// </summary>
public class NearMissQualityTests(ITestOutputHelper output)
{
    /// <summary>The goal for the near-misses of both parts: not answered.</summary>
    private const double GoalNotAnswered = 0.95;

    /// <summary>
    /// The held-out part misses the goal (88.5% of its near-misses not answered, 50% of its covered questions answered,
    /// measured 2026-12-07): it is reported as it is, not tuned on. Its test guards these floors against regressions;
    /// the goal is printed beside the figure.
    /// </summary>
    private const double HeldOutFloorNotAnswered = 0.85;

    private const double HeldOutFloorCoveredAnswered = 0.45;

    /// <summary>The covered questions of the tuned part carry constraints: at least this share must still be answered.</summary>
    private const double RequiredCoveredAnswered = 0.85;

    private static readonly Lazy<KnowledgeSnapshot> RealKnowledge = new(() => TestKnowledge.Real);

    [Fact]
    public void Answer_TunedNearMissSet_NeverAnswersWhatTheKnowledgeLacks() =>
        Measure(NearMissCase.TunedFile, minimumNearMisses: 50, GoalNotAnswered, RequiredCoveredAnswered);

    [Fact]
    public void Answer_HeldOutNearMissSet_StaysAboveItsMeasuredFloor() =>
        Measure(NearMissCase.HeldOutFile, minimumNearMisses: 30, HeldOutFloorNotAnswered, HeldOutFloorCoveredAnswered);

    private void Measure(string file, int minimumNearMisses, double requiredNotAnswered, double requiredCoveredAnswered)
    {
        var cases = NearMissCase.Load(file);
        Assert.True(cases.Count(c => c.IsNearMiss) >= minimumNearMisses, $"{file} needs at least {minimumNearMisses} near-miss questions");
        using var answerer = CreateAnswerer();
        var outcomes = cases.Select(c => (Case: c, Result: answerer.Answer(c.Question, c.Language))).ToList();

        output.WriteLine("ok\toutcome\tclass\tquestion\texpected\tgot\tnotKnown");
        foreach (var (c, r) in outcomes)
        {
            var got = r.Outcome switch
            {
                AnswerOutcome.Answered => "answered " + r.Best!.Id,
                AnswerOutcome.Partly => "partly (" + r.Best!.Id + ")",
                _ => "notKnown",
            };
            output.WriteLine($"{(IsRight(c, r) ? "ok" : "WRONG")}\t{(r.Outcome == c.Outcome ? "same" : "other")}\t{c.Class}\t{c.Question}\t{c.Outcome} {string.Join("|", c.Expected)}\t{got}\t{r.NotKnown}");
        }

        var nearMisses = outcomes.Where(o => o.Case.IsNearMiss).ToList();
        var covered = outcomes.Where(o => !o.Case.IsNearMiss).ToList();
        var notAnswered = Share(nearMisses, o => !o.Result.Answered);
        var sameOutcome = Share(nearMisses, o => o.Result.Outcome == o.Case.Outcome);
        var partly = nearMisses.Where(o => o.Result.Outcome == AnswerOutcome.Partly).ToList();
        var namesMissing = Share(partly, o => NamesMissingPart(o.Case, o.Result));
        var coveredAnswered = Share(covered, o => IsRight(o.Case, o.Result));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {file}: near-misses {nearMisses.Count}: not answered {notAnswered:P1} (goal {GoalNotAnswered:P0}), the stated outcome {sameOutcome:P1}; of {partly.Count} partly known, the missing part named in the user's words {namesMissing:P1}
            {file}: covered questions {covered.Count}: answered with a right item {coveredAnswered:P1}
            """));
        Assert.True(notAnswered >= requiredNotAnswered, $"{file}: {notAnswered:P1} of the near-misses are not answered, below {requiredNotAnswered:P0}");
        Assert.True(coveredAnswered >= requiredCoveredAnswered, $"{file}: {coveredAnswered:P1} of the covered questions are answered, below {requiredCoveredAnswered:P0}");
    }

    private static double Share<T>(List<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 1 : (double)items.Count(predicate) / items.Count;

    private static bool IsRight(NearMissCase c, AnswerResult r) =>
        c.IsNearMiss ? !r.Answered : r.Answered && c.Expected.Contains(r.Best!.Id);

    /// <summary>The not-known text holds one of the expected words of the question (compared as the bot compares words).</summary>
    private static bool NamesMissingPart(NearMissCase c, AnswerResult r)
    {
        var named = string.Join(' ', TextWords.Of(r.NotKnown ?? string.Empty));
        return c.Expected.Any(e => $" {named} ".Contains($" {string.Join(' ', TextWords.Of(e))} ", StringComparison.Ordinal));
    }

    private static Answerer CreateAnswerer() => new(
        new InMemoryKnowledgeSource(RealKnowledge.Value),
        new AnsweringOptions(),
        NullLogger<Answerer>.Instance,
        new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)),
        build: null);
}
