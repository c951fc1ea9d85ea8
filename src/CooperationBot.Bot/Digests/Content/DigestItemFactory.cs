using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Timeline;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>
/// Makes <see cref="DigestItem"/>s of one knowledge base's items, resolving documents, speakers, topics and visits.
/// An added item that supersedes others carries the items it replaces; an added figure whose series has an earlier
/// value carries that change (<see cref="DigestSeriesChange"/>). Both are read from this knowledge alone.
/// </summary>
internal sealed class DigestItemFactory(KnowledgeBase knowledge)
{
    private readonly Dictionary<string, SourceDocument> _documents = ById(knowledge.Sources, s => s.Id);
    private readonly Dictionary<string, Person> _people = ById(knowledge.People, p => p.Id);
    private readonly Dictionary<string, Topic> _topics = ById(knowledge.Topics, t => t.Id);
    private readonly Dictionary<string, Fact> _facts = ById(knowledge.Facts, f => f.Id);
    private readonly Dictionary<string, Figure> _figures = ById(knowledge.Figures, f => f.Id);
    private readonly Dictionary<string, Quote> _quotes = ById(knowledge.Quotes, q => q.Id);
    private readonly KnowledgeTimeline _timeline = new(knowledge);

    public DigestItem Fact(Fact fact, DigestChange change) => Item(fact.Id, DigestItemKind.Fact, change, fact.Text, fact.Source) with
    {
        Date = fact.When?.Date,
        Question = fact.Questions.FirstOrDefault() ?? _topics.GetValueOrDefault(fact.Topic)?.ExampleQuestion,
        Replaces = Replaced(change, fact.Id, fact.Supersedes, _facts, old => Fact(old, DigestChange.Unchanged)),
    };

    public DigestItem Figure(Figure figure, DigestChange change)
    {
        var replaces = Replaced(change, figure.Id, figure.Supersedes, _figures, old => Figure(old, DigestChange.Unchanged));
        return Item(figure.Id, DigestItemKind.Figure, change, figure.Meaning, figure.Source) with
        {
            Date = figure.AsOf,
            Question = _topics.GetValueOrDefault(figure.Topic)?.ExampleQuestion,
            Replaces = replaces,
            // A correction that names what it replaces is shown as a replacement, not as a new value of its series.
            SeriesChange = change == DigestChange.Added && replaces.Count == 0 ? SeriesChange(figure) : null,
        };
    }

    public DigestItem Quote(Quote quote, DigestChange change)
    {
        var speaker = _people.GetValueOrDefault(quote.Speaker);
        return Item(quote.Id, DigestItemKind.Quote, change, quote.Text, quote.Source) with
        {
            Date = quote.Date,
            Speaker = speaker?.Name ?? quote.Speaker,
            SpeakerRole = speaker?.Role,
            VisitId = knowledge.Visits.FirstOrDefault(v => v.Quotes.Contains(quote.Id, StringComparer.Ordinal))?.Id,
            Replaces = Replaced(change, quote.Id, quote.Supersedes, _quotes, old => Quote(old, DigestChange.Unchanged)),
        };
    }

    /// <summary>The visit as an item, or null when it cites no source (it cannot be shown with one).</summary>
    public DigestItem? Visit(Visit visit, DigestChange change) => visit.Sources.Count == 0
        ? null
        : Item(visit.Id, DigestItemKind.Visit, change, visit.Title, visit.Sources[0]) with
        {
            Date = visit.Date,
            Place = visit.Place,
            VisitId = visit.Id,
        };

    public DigestItem Person(Person person, DigestChange change) =>
        Item(person.Id, DigestItemKind.Person, change, Named(person.Name, person.Role), person.Source) with
        {
            Question = new LocalizedText { Nl = person.Name, En = person.Name },
            Replaces = Replaced(change, person.Id, person.Supersedes, _people, old => Person(old, DigestChange.Unchanged)),
        };

    public DigestItem Organisation(Organisation organisation, DigestChange change) =>
        Item(organisation.Id, DigestItemKind.Organisation, change, Named(organisation.Name, organisation.Description), organisation.Source) with
        {
            Question = new LocalizedText { Nl = organisation.Name, En = organisation.Name },
        };

    private DigestItem Item(string id, DigestItemKind kind, DigestChange change, LocalizedText text, SourceRef source) => new()
    {
        Id = id,
        Kind = kind,
        Change = change,
        Text = text,
        Source = source,
        Document = _documents.GetValueOrDefault(source.Source),
    };

    /// <summary>
    /// The change an added figure makes to its series: the values of the newest earlier date (every source's, when
    /// they differ), or null when the figure has no series or is its first value. Superseded figures are history and
    /// are left out.
    /// </summary>
    private DigestSeriesChange? SeriesChange(Figure figure)
    {
        if (figure.Measure is not { } measure)
        {
            return null;
        }

        var values = _timeline.Series(measure)
            .Where(other => other.Id != figure.Id && !_timeline.IsSuperseded(other.Id) && !figure.Supersedes.Contains(other.Id, StringComparer.Ordinal))
            .ToList();
        var earlier = values.Where(other => other.AsOf < figure.AsOf).ToList();
        if (earlier.Count == 0)
        {
            return null;
        }

        var previousDate = earlier.Max(other => other.AsOf);
        return new DigestSeriesChange
        {
            Name = _topics.GetValueOrDefault(figure.Topic)?.Name ?? figure.Unit,
            Current = Value(figure),
            Previous = [.. earlier.Where(other => other.AsOf == previousDate).Select(Value)],
            OthersOnSameDate = [.. values.Where(other => other.AsOf == figure.AsOf && other.Value != figure.Value).Select(Value)],
        };
    }

    private DigestSeriesValue Value(Figure figure) =>
        new(figure.Id, figure.Value, figure.AsOf, figure.Source, _documents.GetValueOrDefault(figure.Source.Source));

    /// <summary>The items an added item supersedes, of its own kind, as this knowledge has them; empty for any other change.</summary>
    private static List<DigestItem> Replaced<T>(DigestChange change, string id, IReadOnlyList<string> supersedes, Dictionary<string, T> items, Func<T, DigestItem> item)
        where T : class => change != DigestChange.Added
        ? []
        : [.. supersedes.Where(old => old != id).Distinct(StringComparer.Ordinal).Select(items.GetValueOrDefault).OfType<T>().Select(item)];

    /// <summary>Items by id; should an id repeat, the first keeps it.</summary>
    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(id(item), item);
        }

        return byId;
    }

    private static LocalizedText Named(string name, LocalizedText? description) => description is null
        ? new LocalizedText { Nl = name, En = name }
        : new LocalizedText { Nl = $"{name}: {description.Nl}", En = description.En is null ? null : $"{name}: {description.En}" };
}
