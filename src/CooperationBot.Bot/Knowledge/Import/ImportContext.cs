using System.Globalization;
using System.Text.RegularExpressions;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>Collects the draft items of one import, with deterministic ids, and adds the candidate visit at the end.</summary>
internal sealed partial class ImportContext(SourceDocument source, string topicId, NameDetector names, KnowledgeBase? known)
{
    private const string PlacePlaceholder = "(plaats in te vullen)";
    private const string RolePlaceholder = "(rol in te vullen)";

    private readonly List<(int Paragraph, string Sentence, IReadOnlyList<DetectedTime> Times, IReadOnlyList<DetectedName> Names)> _sentences = [];
    private readonly List<Fact> _facts = [];
    private readonly List<Figure> _figures = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<Person> _people = [];
    private readonly List<Organisation> _organisations = [];
    private readonly List<Visit> _visits = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _notes = new(StringComparer.Ordinal);
    private readonly SeriesMatcher _series = new(known);
    private readonly SupersedesMatcher _older = new(known);

    public NameDetector Names => names;

    public void AddNames(int paragraph, string text)
    {
        foreach (var name in names.Find(text))
        {
            AddName(paragraph, name);
        }
    }

    public void AddFact(int paragraph, string sentence)
    {
        var id = NextId($"draft-{source.Id}-p{paragraph}");
        var times = DateDetector.Find(sentence, source.Date);
        var found = names.Find(sentence);
        _facts.Add(new Fact
        {
            Id = id,
            Status = KnowledgeStatus.Draft,
            Topic = topicId,
            Text = new LocalizedText { Nl = sentence },
            When = When(times),
            Source = Cite(paragraph, sentence),
        });
        _sentences.Add((paragraph, sentence, times, found));
        if (_older.Find(sentence) is [_, ..] older)
        {
            _notes[id] = ImportNotes.Supersedes(older);
        }

        foreach (var name in found)
        {
            AddName(paragraph, name);
        }

        foreach (var figure in FigureDetector.Find(sentence, times))
        {
            var period = times.FirstOrDefault(time => time.IsPeriod);
            var series = _series.Find(figure, sentence);
            var draft = new Figure
            {
                Id = NextId(id + "-cijfer"),
                Status = KnowledgeStatus.Draft,
                Topic = topicId,
                Value = figure.Value,
                Measure = series is [var only] ? only[0].Measure : null,
                Unit = series is [var one] ? one[0].Unit : new LocalizedText { Nl = figure.Unit },
                AsOf = times.FirstOrDefault(time => !time.IsPeriod)?.Date ?? source.Date,
                Period = period is null ? null : new LocalizedText { Nl = period.Text },
                Meaning = new LocalizedText { Nl = sentence },
                Source = Cite(paragraph, sentence),
            };
            _figures.Add(draft);
            if (series.Count > 0)
            {
                _notes[draft.Id] = ImportNotes.Series(draft, series);
            }
        }
    }

    public void AddQuotes(IEnumerable<DetectedQuote> quotes)
    {
        foreach (var quote in quotes)
        {
            if (!_people.Any(person => person.Id == quote.Speaker.Id))
            {
                AddName(quote.Paragraph, quote.Speaker);
            }

            _quotes.Add(new Quote
            {
                Id = NextId($"draft-{source.Id}-p{quote.Paragraph}-citaat"),
                Status = KnowledgeStatus.Draft,
                Speaker = quote.Speaker.Id,
                Text = new LocalizedText { Nl = quote.Text },
                Date = DateDetector.Find(quote.Evidence, source.Date).FirstOrDefault(time => !time.IsPeriod)?.Date ?? source.Date,
                Source = Cite(quote.Paragraph, quote.Evidence),
            });
        }
    }

    /// <summary>
    /// The candidate visit: the first sentence naming a visit with a date. Undated sentences that refer to the visit
    /// ("tijdens zijn bezoek", "hun ontmoeting") or name both sides take its date.
    /// </summary>
    public void AddVisit()
    {
        var index = _sentences.FindIndex(entry => VisitWord().IsMatch(entry.Sentence) && entry.Times.Any(time => !time.IsPeriod));
        if (index < 0)
        {
            return;
        }

        var (paragraph, sentence, times, found) = _sentences[index];
        var date = times.First(time => !time.IsPeriod).Date!.Value;
        var visitAt = VisitWord().Match(sentence).Index;
        var people = found.Where(name => name.IsPerson).ToList();
        var delegation = people.Where(name => name.Index < visitAt).Select(name => name.Id).Distinct().ToList();
        var counterparts = people.Where(name => name.Index > visitAt).Select(name => name.Id).Except(delegation).Distinct().ToList();
        var place = Place().Matches(sentence).Select(match => match.Groups["place"].Value)
            .FirstOrDefault(candidate => !found.Any(name => name.Text.Contains(candidate, StringComparison.Ordinal)));
        _visits.Add(new Visit
        {
            Id = $"draft-{source.Id}-bezoek",
            Status = KnowledgeStatus.Draft,
            Title = new LocalizedText { Nl = source.Title },
            Date = date,
            Place = new LocalizedText { Nl = place ?? PlacePlaceholder },
            Purpose = new LocalizedText { Nl = sentence },
            Delegation = delegation,
            Counterparts = counterparts,
            Topics = [topicId],
            Discussed = [.. _sentences.Where(entry => TalkWord().IsMatch(entry.Sentence)).Select(entry => new LocalizedText { Nl = entry.Sentence })],
            Figures = [.. _figures.Select(figure => figure.Id)],
            Quotes = [.. _quotes.Select(quote => quote.Id)],
            Facts = [.. _facts.Select(fact => fact.Id)],
            OrganisationsVisited = [.. _sentences.Where(entry => VisitedWord().IsMatch(entry.Sentence))
                .SelectMany(entry => entry.Names).Where(name => !name.IsPerson).Select(name => name.Id).Distinct()],
            Sources = [Cite(paragraph, sentence)],
        });

        for (var i = 0; i < _facts.Count; i++)
        {
            var entry = _sentences[i];
            var ids = entry.Names.Select(name => name.Id).ToHashSet(StringComparer.Ordinal);
            var bothSides = delegation.Any(ids.Contains) && counterparts.Any(ids.Contains);
            if (_facts[i].When is null && (VisitReference().IsMatch(entry.Sentence) || bothSides))
            {
                _facts[i] = _facts[i] with { When = new TimeReference { Date = date } };
            }
        }
    }

    public KnowledgeImport Result(IReadOnlyList<Validation.SourceDamage> repairs, Topic topic) => new(
        new KnowledgeBase
        {
            Version = 1,
            Sources = [source],
            Topics = [topic],
            People = _people,
            Organisations = _organisations,
            Facts = _facts,
            Figures = _figures,
            Quotes = _quotes,
            Visits = _visits,
        },
        _known,
        repairs,
        _notes);

    private void AddName(int paragraph, DetectedName name)
    {
        if (name.Known)
        {
            _known.Add(name.Id);
        }

        if (name.IsPerson && !_people.Any(person => person.Id == name.Id))
        {
            var person = known?.People.FirstOrDefault(item => item.Id == name.Id);
            _people.Add(new Person
            {
                Id = name.Id,
                Status = KnowledgeStatus.Draft,
                Name = name.Name,
                Role = person?.Role ?? new LocalizedText { Nl = string.IsNullOrEmpty(name.Role) ? RolePlaceholder : name.Role },
                Aliases = person?.Aliases ?? (name.Text == name.Name ? [] : [name.Text]),
                Source = Cite(paragraph, name.Text),
            });
        }
        else if (!name.IsPerson && !_organisations.Any(organisation => organisation.Id == name.Id))
        {
            var organisation = known?.Organisations.FirstOrDefault(item => item.Id == name.Id);
            var abbreviation = Abbreviation().Match(name.Text);
            _organisations.Add(new Organisation
            {
                Id = name.Id,
                Status = KnowledgeStatus.Draft,
                Name = name.Name,
                Aliases = organisation?.Aliases ?? (abbreviation.Success ? [abbreviation.Groups[1].Value] : []),
                Source = Cite(paragraph, name.Text),
            });
        }
    }

    private string NextId(string prefix)
    {
        var number = _counters.TryGetValue(prefix, out var count) ? count + 1 : 1;
        _counters[prefix] = number;
        return prefix + "-" + number.ToString(CultureInfo.InvariantCulture);
    }

    private SourceRef Cite(int paragraph, string evidence) => new() { Source = source.Id, Paragraph = paragraph, Evidence = evidence };

    private static TimeReference? When(IReadOnlyList<DetectedTime> times) => times switch
    {
        _ when times.FirstOrDefault(time => !time.IsPeriod) is { } date => new TimeReference { Date = date.Date },
        [var period, ..] => new TimeReference { Period = new LocalizedText { Nl = period.Text }, Year = period.Year },
        _ => null,
    };

    [GeneratedRegex(@"(?<![\p{L}])(?:\p{L}*bezoek\p{L}*|bezocht\p{L}*|visit\p{L}*)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisitWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:\p{L}*bezoek|ontmoeting|visit|meeting)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisitReference();

    [GeneratedRegex(@"(?<![\p{L}])(?:bezocht|visited)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisitedWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:spraken|sprak|spreken|besproken|bespraken|discussed|talked)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalkWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:in|naar|to)\s+(?<place>\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"\(([^)]+)\)\s*$")]
    private static partial Regex Abbreviation();
}
