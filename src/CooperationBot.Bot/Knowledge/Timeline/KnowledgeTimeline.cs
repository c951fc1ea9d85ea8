using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Timeline;

/// <summary>
/// Knowledge that changes over time, read from one <see cref="KnowledgeBase"/>: the figures of each series (newest
/// first), which items are superseded and by which, and the conflicts. Pure and read-only; build it from a snapshot's
/// knowledge to see only what is served (a draft then supersedes nothing).
/// </summary>
public sealed class KnowledgeTimeline
{
    private readonly Dictionary<string, IReadOnlyList<Figure>> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _supersededBy = new(StringComparer.Ordinal);

    public KnowledgeTimeline(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var measures = new List<string>();
        foreach (var group in knowledge.Figures.Where(figure => figure.Measure is not null).GroupBy(figure => figure.Measure!, StringComparer.Ordinal))
        {
            measures.Add(group.Key);
            _series[group.Key] = [.. group.OrderByDescending(figure => figure.AsOf)];
        }

        Measures = measures;
        foreach (var item in KnowledgeDrafts.Items(knowledge).Select(entry => entry.Item).OfType<ISupersedingItem>())
        {
            foreach (var old in item.Supersedes.Where(old => old != item.Id))
            {
                if (!_supersededBy.TryGetValue(old, out var newer))
                {
                    _supersededBy[old] = newer = [];
                }

                newer.Add(item.Id);
            }
        }

        Conflicts = KnowledgeConflicts.Find(knowledge);
    }

    /// <summary>The ids of the series (the figures' <c>measure</c>), in file order.</summary>
    public IReadOnlyList<string> Measures { get; }

    /// <summary>Every conflict, once: marked ones first, then those found in series.</summary>
    public IReadOnlyList<KnowledgeConflict> Conflicts { get; }

    /// <summary>The figures of the series <paramref name="measure"/>, newest <c>as_of</c> first (file order among equal dates); empty when there is none.</summary>
    public IReadOnlyList<Figure> Series(string measure) =>
        _series.TryGetValue(measure, out var figures) ? figures : [];

    /// <summary>The ids of the items that supersede <paramref name="id"/>, in file order; empty when it is current.</summary>
    public IReadOnlyList<string> SupersededBy(string id) =>
        _supersededBy.TryGetValue(id, out var newer) ? newer : [];

    /// <summary>Whether an item supersedes <paramref name="id"/> (the item is then history).</summary>
    public bool IsSuperseded(string id) => _supersededBy.ContainsKey(id);

    /// <summary>The conflicts that involve <paramref name="id"/>.</summary>
    public IReadOnlyList<KnowledgeConflict> ConflictsOf(string id) => [.. Conflicts.Where(conflict => conflict.Involves(id))];
}
