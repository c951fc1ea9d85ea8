using System.Globalization;
using CooperationBot.Bot.Knowledge.Model;
using static CooperationBot.Benchmarks.Synthetic.SyntheticWords;

namespace CooperationBot.Benchmarks.Synthetic;

/// <summary>Builds one synthetic knowledge base; see <see cref="SyntheticKnowledge"/>.</summary>
internal sealed class SyntheticKnowledgeBuilder
{
    private const int SentencesPerParagraph = 20;
    private const string Nl = SyntheticKnowledge.DutchMark + " ";
    private const string En = SyntheticKnowledge.EnglishMark + " ";

    private readonly Random _random;
    private readonly int _items;
    private readonly List<Topic> _topics = [];
    private readonly List<int> _topicThemes = [];
    private readonly List<Person> _people = [];
    private readonly List<Organisation> _organisations = [];
    private readonly List<Fact> _facts = [];
    private readonly List<Figure> _figures = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<Visit> _visits = [];
    private int _citations;

    public SyntheticKnowledgeBuilder(int items, int seed)
    {
        _items = items;
        _random = new Random(seed);
    }

    public KnowledgeBase Build()
    {
        var people = Math.Max(2, _items * 6 / 100);
        var organisations = Math.Max(2, _items * 3 / 100);
        var visits = Math.Max(1, _items * 4 / 100);
        var quotes = Math.Max(1, _items * 5 / 100);
        var figures = Math.Max(1, _items / 10);
        var facts = _items - people - organisations - visits - quotes - figures;
        for (var i = 0; i < 8 + (_items / 2500); i++)
        {
            AddTopic(i);
        }

        Repeat(people, AddPerson);
        Repeat(organisations, AddOrganisation);
        Repeat(facts, AddFact);
        Repeat(figures, AddFigure);
        Repeat(quotes, AddQuote);
        Repeat(visits, AddVisit);
        return new KnowledgeBase
        {
            Version = 1,
            Sources =
            [
                new SourceDocument
                {
                    Id = SyntheticKnowledge.SourceId,
                    Title = SyntheticKnowledge.SourceTitle,
                    Publisher = "SYNTHETISCH — geen uitgever",
                    Date = new DateOnly(2024, 1, 1),
                    File = SyntheticKnowledge.SourceFile,
                },
            ],
            Topics = _topics,
            People = _people,
            Organisations = _organisations,
            Facts = _facts,
            Figures = _figures,
            Quotes = _quotes,
            Visits = _visits,
        };
    }

    private static void Repeat(int count, Action<int> add)
    {
        for (var i = 0; i < count; i++)
        {
            add(i);
        }
    }

    private void AddTopic(int i)
    {
        var theme = i % Themes.Length;
        var region = Regions[i % Regions.Length];
        _topicThemes.Add(theme);
        _topics.Add(new Topic
        {
            Id = $"synthetic-topic-{i:D3}",
            Name = new() { Nl = $"{Nl}{Cap(Themes[theme].Nl)} met {region.Nl}", En = $"{En}{Cap(Themes[theme].En)} with {region.En}" },
            ExampleQuestion = new() { Nl = $"Wat weet je over {Themes[theme].Nl} met {region.Nl}?", En = $"What do you know about {Themes[theme].En} with {region.En}?" },
        });
    }

    private void AddPerson(int i)
    {
        var name = $"{Pick(FirstNames)} {Pick(Surnames)}";
        var role = Pick(Roles);
        var region = Pick(Regions);
        var text = $"{Nl}{name}, {role.Nl} ({region.Nl})";
        _people.Add(new Person
        {
            Id = $"synthetic-person-{i:D6}",
            Name = name,
            Role = new() { Nl = $"{Nl}{role.Nl} ({region.Nl})", En = $"{En}{role.En} ({region.En})" },
            Aliases = [$"{role.Title} {name.Split(' ', 2)[1]}"],
            Source = Cite(text),
        });
    }

    private void AddOrganisation(int i)
    {
        var kind = Pick(OrganisationKinds);
        var theme = Pick(Themes);
        var place = Pick(Places);
        var name = $"{kind.Nl} {Cap(theme.Nl)} {place}";
        var acronym = string.Concat(name.Split(' ').Select(w => char.ToUpperInvariant(w[0]))) + (i % 100).ToString(CultureInfo.InvariantCulture);
        _organisations.Add(new Organisation
        {
            Id = $"synthetic-org-{i:D6}",
            Name = name,
            Aliases = [acronym],
            Description = new() { Nl = $"{Nl}Organisatie voor {theme.Nl} in {place}.", En = $"{En}Organisation for {theme.En} in {place}." },
            Source = Cite($"{Nl}{name} ({acronym})"),
        });
    }

    private void AddFact(int i)
    {
        var topic = _random.Next(_topics.Count);
        var theme = Themes[_topicThemes[topic]];
        var noun = Pick(Nouns);
        var verb = Pick(Verbs);
        var month = _random.Next(12);
        var year = 2015 + _random.Next(10);
        var day = 1 + _random.Next(28);
        var count = 3 + _random.Next(4000);
        var place = Pick(Places);
        var (actorNl, actorEn) = Actor();
        var (text, tags) = (i % 3) switch
        {
            0 => (new LocalizedText
            {
                Nl = $"{Nl}In {Months[month].Nl} {year} {verb.Nl} {actorNl} {count} {noun.Nl} in {place} voor {theme.Nl}.",
                En = $"{En}In {Months[month].En} {year}, {actorEn} {verb.En} {count} {noun.En} in {place} for {theme.En}.",
            }, new[] { theme.Nl, noun.Nl, place }),
            1 => (new LocalizedText
            {
                Nl = $"{Nl}Op {day} {Months[month].Nl} {year} spraken {actorNl} en de partners in {place} af om {noun.Nl} voor {theme.Nl} sneller af te handelen.",
                En = $"{En}On {day} {Months[month].En} {year}, {actorEn} and the partners in {place} agreed to handle {noun.En} for {theme.En} faster.",
            }, new[] { theme.Nl, "afspraak", noun.Nl }),
            _ => (new LocalizedText
            {
                Nl = $"{Nl}Het programma {theme.Nl} van {actorNl} {verb.Nl} sinds {year} in totaal {count} {noun.Nl}.",
                En = $"{En}Since {year}, the {theme.En} programme of {actorEn} has {verb.En} a total of {count} {noun.En}.",
            }, new[] { theme.Nl, "programma", noun.Nl }),
        };
        _facts.Add(new Fact
        {
            Id = $"synthetic-fact-{i:D6}",
            Topic = _topics[topic].Id,
            Text = text,
            Tags = [.. tags, year.ToString(CultureInfo.InvariantCulture), "synthetisch"],
            When = i % 3 == 1 ? new TimeReference { Date = new DateOnly(year, month + 1, day) } : new TimeReference { Year = year },
            Source = Cite(text.Nl),
            Related = RecentOfTopic(_topics[topic].Id, _random.Next(3)),
            Questions =
            [
                new() { Nl = $"Hoeveel {noun.Nl} {verb.Nl} {actorNl} in {year}?", En = $"How many {noun.En} were {verb.En} by {actorEn} in {year}?" },
                new() { Nl = $"Wat deed {actorNl} in {place} aan {theme.Nl}?", En = $"What did {actorEn} do in {place} on {theme.En}?" },
            ],
        });
    }

    private void AddFigure(int i)
    {
        var topic = _random.Next(_topics.Count);
        var theme = Themes[_topicThemes[topic]];
        var noun = Pick(Nouns);
        var verb = Pick(Verbs);
        var value = 10 + _random.Next(990);
        var year = 2015 + _random.Next(10);
        var (actorNl, actorEn) = Actor();
        var meaning = new LocalizedText
        {
            Nl = $"{Nl}In {year} {verb.Nl} {actorNl} {value} {noun.Nl} voor {theme.Nl}.",
            En = $"{En}In {year}, {actorEn} {verb.En} {value} {noun.En} for {theme.En}.",
        };
        _figures.Add(new Figure
        {
            Id = $"synthetic-figure-{i:D6}",
            Topic = _topics[topic].Id,
            Value = value,
            Unit = new() { Nl = $"{noun.Nl} ({theme.Nl})", En = $"{noun.En} ({theme.En})" },
            AsOf = new DateOnly(year, 12, 31),
            Period = new() { Nl = $"het jaar {year}", En = $"the year {year}" },
            Meaning = meaning,
            Source = Cite(meaning.Nl),
        });
    }

    private void AddQuote(int i)
    {
        var speaker = Pick(_people);
        var theme = Pick(Themes);
        var region = Pick(Regions);
        var year = 2015 + _random.Next(10);
        var text = new LocalizedText
        {
            Nl = $"{Nl}De samenwerking op {theme.Nl} met {region.Nl} is voor ons van groot belang en we gaan daar in {year} mee door.",
            En = $"{En}Cooperation on {theme.En} with {region.En} matters greatly to us and we will continue it in {year}.",
        };
        _quotes.Add(new Quote
        {
            Id = $"synthetic-quote-{i:D6}",
            Speaker = speaker.Id,
            Text = text,
            Date = new DateOnly(year, 1 + _random.Next(12), 1 + _random.Next(28)),
            Source = Cite(text.Nl),
        });
    }

    private void AddVisit(int i)
    {
        var visitor = Pick(_people);
        var host = Pick(_people);
        var place = Pick(Places);
        var topic = _random.Next(_topics.Count);
        var theme = Themes[_topicThemes[topic]];
        var date = new DateOnly(2015 + _random.Next(10), 1 + _random.Next(12), 1 + _random.Next(28));
        var title = new LocalizedText { Nl = $"{Nl}Werkbezoek van {visitor.Name} aan {place}", En = $"{En}Working visit of {visitor.Name} to {place}" };
        _visits.Add(new Visit
        {
            Id = $"synthetic-visit-{i:D6}",
            Title = title,
            Date = date,
            Place = new() { Nl = place, En = place },
            Purpose = new() { Nl = $"{Nl}Gesprekken over {theme.Nl} met {host.Name}.", En = $"{En}Talks on {theme.En} with {host.Name}." },
            Delegation = [visitor.Id],
            Counterparts = [host.Id],
            Topics = [_topics[topic].Id],
            Discussed = [new() { Nl = $"{Nl}De voortgang van {theme.Nl}.", En = $"{En}Progress on {theme.En}." }],
            Outcomes = i % 2 == 0 ? [new() { Nl = $"{Nl}Een vervolgoverleg over {theme.Nl}.", En = $"{En}A follow-up meeting on {theme.En}." }] : [],
            Facts = [.. Enumerable.Range(0, 3).Select(_ => Pick(_facts).Id).Distinct()],
            Figures = [Pick(_figures).Id],
            Quotes = [Pick(_quotes).Id],
            OrganisationsVisited = [Pick(_organisations).Id],
            Sources = [Cite($"{title.Nl} op {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.")],
        });
    }

    /// <summary>Up to <paramref name="count"/> ids of the last 50 facts that share the topic.</summary>
    private List<string> RecentOfTopic(string topic, int count)
    {
        var ids = new List<string>(count);
        for (var j = _facts.Count - 1; j >= Math.Max(0, _facts.Count - 50) && ids.Count < count; j--)
        {
            if (_facts[j].Topic == topic)
            {
                ids.Add(_facts[j].Id);
            }
        }

        return ids;
    }

    /// <summary>An organisation or person named in a text (names are found by the index's alias matching).</summary>
    private (string Nl, string En) Actor()
    {
        if (_random.Next(3) == 0)
        {
            var person = Pick(_people);
            return (person.Name, person.Name);
        }

        var organisation = Pick(_organisations);
        return (organisation.Name, organisation.Name);
    }

    private SourceRef Cite(string evidence) => new()
    {
        Source = SyntheticKnowledge.SourceId,
        Paragraph = 2 + (_citations++ / SentencesPerParagraph),
        Evidence = evidence,
    };

    private T Pick<T>(IReadOnlyList<T> list) => list[_random.Next(list.Count)];

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
