using System.Globalization;
using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Answering.Timeline;

/// <summary>
/// The time side of an answer. A question about a series without a time gets its newest value, the earlier ones as
/// history; a question about a period gets the value for it, or, when there is none, the values nearest to it (what is
/// known, never the answer). A superseded item is never the answer: the item that replaced it is, with the old one as
/// history ("Tot …"). Conflicting items are always shown beside the answer. Never a computed or averaged value.
/// </summary>
internal static class AnswerTimes
{
    /// <summary>The time side of an answer found in <paramref name="foundId"/>.</summary>
    public static TimedAnswer ForAnswer(KnowledgeIndex index, string foundId, QuestionNeeds needs)
    {
        var timeline = index.Timeline;
        var best = foundId;
        var series = timeline.SeriesOf(foundId);
        if (series.Count > 1)
        {
            // Without a time the newest value answers; with one, the newest value that answers the period.
            var newest = needs.NamesTime
                ? series.FirstOrDefault(figure => index.Missing(figure.Id, needs).Count == 0)
                : series.FirstOrDefault(figure => figure.AsOf == series[0].AsOf && index.Missing(figure.Id, needs).Count == 0);
            best = newest?.Id ?? foundId;
        }

        var conflicts = timeline.ConflictsOf(best);
        var history = series.Where(f => f.Id != best && !conflicts.Contains(f.Id)).Select(f => (f.Id, (DateOnly?)null))
            .Concat(timeline.Replaced(best).Select(r => (r.Id, (DateOnly?)r.Until)))
            .DistinctBy(h => h.Id)
            .ToList();
        IReadOnlyList<string> replacedBy = timeline.IsSuperseded(best) ? [timeline.Current(best)] : [];
        var changed = series.Count > 1 || history.Count > 0 || replacedBy.Count > 0;
        var stand = needs.AboutNow || (changed && !needs.NamesTime) ? NewestSource(timeline, [best, .. conflicts, .. replacedBy]) : null;
        return new TimedAnswer(best, timeline.DateOf(best), timeline.Figure(best)?.Value, Newest(timeline, history), conflicts, replacedBy, stand);
    }

    /// <summary>
    /// The time side of what is known for a partly known question: for a series and a period it has no value for, the
    /// values nearest that period (the last before it, those in it, the first after it), the nearest one first.
    /// </summary>
    public static TimedAnswer ForPartly(KnowledgeIndex index, string knownId, QuestionNeeds needs)
    {
        var timeline = index.Timeline;
        var series = timeline.SeriesOf(knownId);
        var best = knownId;
        List<(string Id, DateOnly? Until)> history;
        if (series.Count > 1 && AskedRange(needs) is { } range)
        {
            var before = series.Where(f => f.AsOf < range.From).ToList();
            var within = series.Where(f => f.AsOf >= range.From && f.AsOf <= range.To).ToList();
            var after = series.Where(f => f.AsOf > range.To).ToList();
            List<Figure> nearest =
            [
                .. after.Where(f => f.AsOf == after[^1].AsOf),
                .. within,
                .. before.Where(f => f.AsOf == before[0].AsOf),
            ];
            best = (within.FirstOrDefault() ?? before.FirstOrDefault() ?? after[^1]).Id;
            history = [.. nearest.Where(f => f.Id != best).Select(f => (f.Id, (DateOnly?)null))];
        }
        else
        {
            history = [.. series.Where(f => f.Id != best).Select(f => (f.Id, (DateOnly?)null))];
        }

        var conflicts = timeline.ConflictsOf(best);
        history = [.. history.Where(h => !conflicts.Contains(h.Id)).Concat(timeline.Replaced(best).Select(r => (r.Id, (DateOnly?)r.Until))).DistinctBy(h => h.Id)];
        IReadOnlyList<string> replacedBy = timeline.IsSuperseded(best) ? [timeline.Current(best)] : [];
        var stand = needs.AboutNow ? NewestSource(timeline, [best, .. conflicts]) : null;
        return new TimedAnswer(best, timeline.DateOf(best), timeline.Figure(best)?.Value, Newest(timeline, history), conflicts, replacedBy, stand);
    }

    /// <summary>
    /// The days a question's time covers: a whole date, the end or start of a year ("eind 2024"), or a whole year
    /// ("in 2023", "vorig jaar"); null when it names none.
    /// </summary>
    internal static (DateOnly From, DateOnly To)? AskedRange(QuestionNeeds needs)
    {
        foreach (var constraint in needs.Constraints.Where(c => c.Kind == ConstraintKind.Year))
        {
            if (constraint.Keys.Count > 1 && DateRangeKey.TryParse(constraint.Keys[1], out var from, out var to))
            {
                return (from, to);
            }

            if (int.TryParse(constraint.Keys[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
            {
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            }
        }

        return null;
    }

    private static List<(string Id, DateOnly? Until)> Newest(AnswerTimeline timeline, IEnumerable<(string Id, DateOnly? Until)> items) =>
        [.. items.OrderByDescending(h => h.Until ?? timeline.DateOf(h.Id) ?? DateOnly.MinValue)];

    private static DateOnly? NewestSource(AnswerTimeline timeline, IEnumerable<string> ids) =>
        ids.Select(timeline.SourceDateOf).Where(d => d is not null).Max();
}
