using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Timeline;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// A visit's items as they stood on the visit date, and what changed since, read from the served knowledge only: a
/// figure of a series is the series' value on the visit date (the newest <c>as_of</c> on or before it; every differing
/// value when sources differ for that date, never one picked or averaged), with the newest values after it; a listed
/// fact, figure or person that was superseded stays as listed, with the current items that replaced it.
/// </summary>
internal sealed class VisitHistory
{
    private readonly KnowledgeTimeline _timeline;
    private readonly DateOnly _visitDate;
    private readonly Dictionary<string, Figure> _figures;

    public VisitHistory(KnowledgeBase knowledge, DateOnly visitDate)
    {
        _timeline = new KnowledgeTimeline(knowledge);
        _visitDate = visitDate;
        _figures = knowledge.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The figures to show for <paramref name="listed"/>: the listed figure itself when it stands alone or its series has
    /// no value as old as the visit; else the series' values of the newest date on or before the visit (one figure per
    /// differing value, the listed figure first when it is among them).
    /// </summary>
    public IReadOnlyList<Figure> AtVisit(Figure listed)
    {
        if (listed.Measure is null)
        {
            return [listed];
        }

        var candidates = _timeline.Series(listed.Measure)
            .Where(f => f.AsOf <= _visitDate && !CorrectedBy(f.Id, _visitDate))
            .ToList();
        return candidates.Count == 0
            ? [listed]
            : [.. candidates.Where(f => f.AsOf == candidates[0].AsOf).OrderBy(f => f.Id == listed.Id ? 0 : 1).DistinctBy(f => f.Value)];
    }

    /// <summary>The newest current values of <paramref name="shown"/>'s series dated after it (one per differing value); empty when there are none.</summary>
    public IReadOnlyList<Figure> NewerThan(Figure shown)
    {
        if (shown.Measure is null)
        {
            return [];
        }

        var newer = _timeline.Series(shown.Measure).Where(f => f.AsOf > shown.AsOf && !_timeline.IsSuperseded(f.Id)).ToList();
        return newer.Count == 0 ? [] : [.. newer.Where(f => f.AsOf == newer[0].AsOf).DistinctBy(f => f.Value)];
    }

    /// <summary>
    /// The current items (superseded by none) that replace <paramref name="id"/>, directly or through items that were
    /// replaced in turn, in file order; empty when it is current. <paramref name="items"/> holds the items of its kind.
    /// </summary>
    public IReadOnlyList<T> CurrentReplacements<T>(string id, IReadOnlyDictionary<string, T> items)
        where T : ISupersedingItem
    {
        var current = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var next = new Queue<string>(_timeline.SupersededBy(id));
        while (next.TryDequeue(out var newer))
        {
            // A cycle or a missing id (an invalid file) ends the walk instead of looping or throwing.
            if (!seen.Add(newer) || !items.TryGetValue(newer, out var item))
            {
                continue;
            }

            var replacedBy = _timeline.SupersededBy(newer);
            if (replacedBy.Count == 0)
            {
                current.Add(item);
            }

            foreach (var later in replacedBy)
            {
                next.Enqueue(later);
            }
        }

        return current;
    }

    /// <summary>Whether a figure dated on or before <paramref name="date"/> supersedes (corrects) <paramref name="figureId"/>.</summary>
    private bool CorrectedBy(string figureId, DateOnly date) =>
        _timeline.SupersededBy(figureId).Any(id => _figures.TryGetValue(id, out var correction) && correction.AsOf <= date);
}
