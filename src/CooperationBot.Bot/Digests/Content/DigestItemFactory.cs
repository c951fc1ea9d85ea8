using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>Makes <see cref="DigestItem"/>s of one knowledge base's items, resolving documents, speakers, topics and visits.</summary>
internal sealed class DigestItemFactory(KnowledgeBase knowledge)
{
    private readonly Dictionary<string, SourceDocument> _documents = knowledge.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _people = knowledge.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> _topics = knowledge.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public DigestItem Fact(Fact fact, DigestChange change) => Item(fact.Id, DigestItemKind.Fact, change, fact.Text, fact.Source) with
    {
        Date = fact.When?.Date,
        Question = fact.Questions.FirstOrDefault() ?? _topics.GetValueOrDefault(fact.Topic)?.ExampleQuestion,
    };

    public DigestItem Figure(Figure figure, DigestChange change) => Item(figure.Id, DigestItemKind.Figure, change, figure.Meaning, figure.Source) with
    {
        Date = figure.AsOf,
        Question = _topics.GetValueOrDefault(figure.Topic)?.ExampleQuestion,
    };

    public DigestItem Quote(Quote quote, DigestChange change)
    {
        var speaker = _people.GetValueOrDefault(quote.Speaker);
        return Item(quote.Id, DigestItemKind.Quote, change, quote.Text, quote.Source) with
        {
            Date = quote.Date,
            Speaker = speaker?.Name ?? quote.Speaker,
            SpeakerRole = speaker?.Role,
            VisitId = knowledge.Visits.FirstOrDefault(v => v.Quotes.Contains(quote.Id, StringComparer.Ordinal))?.Id,
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

    private static LocalizedText Named(string name, LocalizedText? description) => description is null
        ? new LocalizedText { Nl = name, En = name }
        : new LocalizedText { Nl = $"{name}: {description.Nl}", En = description.En is null ? null : $"{name}: {description.En}" };
}
