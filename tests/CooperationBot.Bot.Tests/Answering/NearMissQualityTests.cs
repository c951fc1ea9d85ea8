using System.Globalization;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Language;
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
    /// The held-out part (written anew and blind on 2026-12-07, after the first one had been seen and moved into the
    /// tuned set) was measured twice: before the second round of checks (90.9% of its near-misses not answered, 79.3% of
    /// its covered questions answered) and after it (98.0% and 58.6%). Its test holds the goal for the near-misses and
    /// guards the covered share against regressions.
    /// </summary>
    private const double HeldOutFloorCoveredAnswered = 0.55;

    /// <summary>
    /// The covered questions of the tuned part carry constraints: at least this share must still be answered. The blind
    /// development set in it asks in wordings the retrieval does not always find (a third of its covered misses are
    /// "not known"), so this is a floor against regressions, not a goal.
    /// </summary>
    private const double RequiredCoveredAnswered = 0.70;

    [Fact]
    public void Answer_TunedNearMissSet_NeverAnswersWhatTheKnowledgeLacks() =>
        Measure(NearMissCase.TunedFile, minimumNearMisses: 50, GoalNotAnswered, RequiredCoveredAnswered);

    [Fact]
    public void Answer_HeldOutNearMissSet_NeverAnswersWhatTheKnowledgeLacks() =>
        Measure(NearMissCase.HeldOutFile, minimumNearMisses: 30, GoalNotAnswered, HeldOutFloorCoveredAnswered);

    private void Measure(string file, int minimumNearMisses, double requiredNotAnswered, double requiredCoveredAnswered)
    {
        var cases = NearMissCase.Load(file);
        Assert.True(cases.Count(c => c.IsNearMiss) >= minimumNearMisses, $"{file} needs at least {minimumNearMisses} near-miss questions");
        using var answerer = TestKnowledge.RealAnswerer();
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
}
