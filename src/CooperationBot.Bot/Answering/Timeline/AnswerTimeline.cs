using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Timeline;

namespace CooperationBot.Bot.Answering.Timeline;

/// <summary>
/// What answers need of knowledge that changes over time, for one snapshot: the item that replaces a superseded one,
/// the items one replaced, the values of a figure's series, the conflicts of an item, and the date each item stood.
/// </summary>
internal sealed class AnswerTimeline
{
    private readonly KnowledgeTimeline _timeline;
    private readonly Dictionary<string, DateOnly> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _sourceDates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sourceOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Figure> _figures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _supersedes = new(StringComparer.Ordinal);

    public AnswerTimeline(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _timeline = new KnowledgeTimeline(knowledge);
        foreach (var source in knowledge.Sources)
        {
            _sourceDates.TryAdd(source.Id, source.Date);
        }

        foreach (var figure in knowledge.Figures)
        {
            _figures.TryAdd(figure.Id, figure);
            Add(figure, figure.Source, figure.AsOf);
        }

        foreach (var fact in knowledge.Facts)
        {
            Add(fact, fact.Source, fact.When?.Date);
        }

        foreach (var quote in knowledge.Quotes)
        {
            Add(quote, quote.Source, quote.Date);
        }

        foreach (var person in knowledge.People)
        {
            Add(person, person.Source, null);
        }
    }

    /// <summary>The date an item stood: a figure's <c>as_of</c>, a quote's date, a fact's exact date, else its source's date.</summary>
    public DateOnly? DateOf(string id) => _dates.TryGetValue(id, out var date) ? date : null;

    /// <summary>The date of the source an item comes from.</summary>
    public DateOnly? SourceDateOf(string id) =>
        _sourceOf.TryGetValue(id, out var source) && _sourceDates.TryGetValue(source, out var date) ? date : null;

    /// <summary>Whether an item was replaced by another.</summary>
    public bool IsSuperseded(string id) => _timeline.IsSuperseded(id);

    /// <summary>
    /// The item that stands now in place of <paramref name="id"/>: <paramref name="id"/> itself when nothing replaced it,
    /// else the first item that replaced it, followed to the end (the file has no cycles; a repeat stops the walk).
    /// </summary>
    public string Current(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var current = id;
        while (_timeline.SupersededBy(current) is [var next, ..] && seen.Add(next))
        {
            current = next;
        }

        return current;
    }

    /// <summary>The items that replaced <paramref name="id"/>, directly, in file order.</summary>
    public IReadOnlyList<string> SupersededBy(string id) => _timeline.SupersededBy(id);

    /// <summary>
    /// The items <paramref name="id"/> replaced, directly or through those it replaced, newest first: each with the
    /// date it stood until (the date of the item that replaced it).
    /// </summary>
    public IReadOnlyList<(string Id, DateOnly Until)> Replaced(string id)
    {
        var replaced = new List<(string Id, DateOnly Until)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var queue = new Queue<string>([id]);
        while (queue.Count > 0)
        {
            var newer = queue.Dequeue();
            foreach (var old in _supersedes.GetValueOrDefault(newer) ?? [])
            {
                if (seen.Add(old))
                {
                    replaced.Add((old, DateOf(newer) ?? DateOnly.MinValue));
                    queue.Enqueue(old);
                }
            }
        }

        return [.. replaced.OrderByDescending(r => r.Until)];
    }

    /// <summary>The figure with this id, or null when it is not a figure.</summary>
    public Figure? Figure(string id) => _figures.GetValueOrDefault(id);

    /// <summary>
    /// The values of the series <paramref name="id"/> belongs to that stand (not superseded), newest <c>as_of</c>
    /// first; empty when the item is no figure of a series.
    /// </summary>
    public IReadOnlyList<Figure> SeriesOf(string id) =>
        _figures.TryGetValue(id, out var figure) && figure.Measure is { } measure
            ? [.. _timeline.Series(measure).Where(f => !_timeline.IsSuperseded(f.Id))]
            : [];

    /// <summary>The ids of the items that contradict <paramref name="id"/>: marked by a curator, or two sources' values for one date.</summary>
    public IReadOnlyList<string> ConflictsOf(string id) =>
        [.. _timeline.ConflictsOf(id).Select(c => c.First == id ? c.Second : c.First).Where(other => !_timeline.IsSuperseded(other))];

    private void Add<T>(T item, SourceRef source, DateOnly? date)
        where T : ICuratedItem
    {
        _sourceOf.TryAdd(item.Id, source.Source);
        if (date is { } stood)
        {
            _dates.TryAdd(item.Id, stood);
        }
        else if (_sourceDates.TryGetValue(source.Source, out var sourceDate))
        {
            _dates.TryAdd(item.Id, sourceDate);
        }

        if (item is ISupersedingItem { Supersedes.Count: > 0 } superseding)
        {
            _supersedes.TryAdd(item.Id, superseding.Supersedes);
        }
    }
}
