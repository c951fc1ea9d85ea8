using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>Turns the knowledge into the answerable items: facts, figures, quotes, visits, people, organisations.</summary>
internal static class KnowledgeItems
{
    public static List<IndexedItem> Extract(KnowledgeBase knowledge)
    {
        var people = knowledge.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var organisations = knowledge.Organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var items = new List<IndexedItem>();
        items.AddRange(knowledge.Facts.Select(FromFact));
        items.AddRange(knowledge.Figures.Select(FromFigure));
        items.AddRange(knowledge.Quotes.Select(q => FromQuote(q, people.GetValueOrDefault(q.Speaker))));
        items.AddRange(knowledge.Visits.Where(v => v.Sources.Count > 0).Select(v => FromVisit(v, people, organisations)));
        items.AddRange(knowledge.People.Select(FromPerson));
        items.AddRange(knowledge.Organisations.Select(FromOrganisation));
        var when = knowledge.Facts.ToDictionary(f => f.Id, f => f.When, StringComparer.Ordinal);
        foreach (var item in items)
        {
            item.Answers = QuestionIntents.Answerable(item, when.GetValueOrDefault(item.Id));
        }

        return items;
    }

    private static IndexedItem FromFact(Fact fact) => new()
    {
        Id = fact.Id,
        Kind = AnswerItemKind.Fact,
        Topic = fact.Topic,
        Text = fact.Text,
        Source = fact.Source,
        Extra = fact.When?.Period is { } period ? [period] : [],
        Tags = fact.Tags,
        Questions = fact.Questions,
        Related = fact.Related,
        Dates = fact.When?.Date is { } date ? [date] : [],
        Year = fact.When?.Year,
        Period = fact.When?.Period,
        Because = fact.Because,
    };

    private static IndexedItem FromFigure(Figure figure) => new()
    {
        Id = figure.Id,
        Kind = AnswerItemKind.Figure,
        Topic = figure.Topic,
        Text = figure.Meaning,
        Source = figure.Source,
        Extra = figure.Period is { } period ? [figure.Unit, period] : [figure.Unit],
        Period = figure.Period,
        AsOf = figure.AsOf,
    };

    private static IndexedItem FromQuote(Quote quote, Person? speaker)
    {
        var name = speaker?.Name ?? quote.Speaker;
        return new()
        {
            Id = quote.Id,
            Kind = AnswerItemKind.Quote,
            Text = new() { Nl = $"{name}: \u201c{quote.Text.Nl}\u201d", En = quote.Text.En is null ? null : $"{name}: \u201c{quote.Text.En}\u201d" },
            Source = quote.Source,
            Extra = speaker is null ? [] : [speaker.Role],
            OwnNames = speaker is null ? [name] : [speaker.Name, .. speaker.Aliases],
            Dates = [quote.Date],
        };
    }

    private static IndexedItem FromVisit(Visit visit, Dictionary<string, Person> people, Dictionary<string, Organisation> organisations)
    {
        var date = visit.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var names = visit.Delegation.Concat(visit.Counterparts)
            .Select(id => people.GetValueOrDefault(id)).OfType<Person>().SelectMany(p => p.Aliases.Prepend(p.Name))
            .Concat(visit.OrganisationsVisited.Select(id => organisations.GetValueOrDefault(id)).OfType<Organisation>()
                .SelectMany(o => o.Aliases.Prepend(o.Name)));
        return new()
        {
            Id = visit.Id,
            Kind = AnswerItemKind.Visit,
            Topic = visit.Topics.FirstOrDefault(),
            Text = new()
            {
                Nl = $"{visit.Title.Nl} ({date}, {visit.Place.Nl}). {visit.Purpose.Nl}",
                En = visit.Title.En is null || visit.Purpose.En is null ? null
                    : $"{visit.Title.En} ({date}, {visit.Place.En ?? visit.Place.Nl}). {visit.Purpose.En}",
            },
            Source = visit.Sources[0],
            Extra = [.. visit.Discussed, .. visit.Outcomes],
            OwnNames = [.. names],
            Related = [.. visit.Facts, .. visit.Figures, .. visit.Quotes],
            Dates = [visit.Date],
            Place = visit.Place,
        };
    }

    private static IndexedItem FromPerson(Person person) => new()
    {
        Id = person.Id,
        Kind = AnswerItemKind.Person,
        Text = new() { Nl = $"{person.Name}: {person.Role.Nl}", En = person.Role.En is null ? null : $"{person.Name}: {person.Role.En}" },
        Source = person.Source,
        OwnNames = [person.Name, .. person.Aliases],
    };

    private static IndexedItem FromOrganisation(Organisation organisation)
    {
        var name = organisation.Aliases.Count == 0
            ? organisation.Name
            : $"{organisation.Name} ({string.Join(", ", organisation.Aliases)})";
        var description = organisation.Description;
        return new()
        {
            Id = organisation.Id,
            Kind = AnswerItemKind.Organisation,
            Text = new()
            {
                Nl = description is null ? name : $"{name}: {description.Nl}",
                En = description is null ? name : description.En is null ? null : $"{name}: {description.En}",
            },
            Source = organisation.Source,
            OwnNames = [organisation.Name, .. organisation.Aliases],
        };
    }
}
