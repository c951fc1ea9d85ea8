namespace CooperationBot.Bot.Answering.Timeline;

/// <summary>Puts the time side of an answer (<see cref="TimedAnswer"/>) on its <see cref="AnswerResult"/>.</summary>
internal static class AnswerResultTimes
{
    /// <summary>The result with its date, history, conflicts, successor and stand; a related item shown there is not repeated.</summary>
    public static AnswerResult WithTimes(this AnswerResult result, TimedAnswer times, Func<string, DateOnly?, DatedAnswerItem> dated) => result with
    {
        Related = [.. result.Related.Where(r => !times.History.Any(h => h.Id == r.Id) && !times.Conflicts.Contains(r.Id) && !times.ReplacedBy.Contains(r.Id))],
        AsOf = times.AsOf,
        Value = times.Value,
        History = [.. times.History.Select(h => dated(h.Id, h.Until))],
        Conflicts = [.. times.Conflicts.Select(id => dated(id, null))],
        ReplacedBy = [.. times.ReplacedBy.Select(id => dated(id, null))],
        Stand = times.Stand,
    };
}
