using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>Builds the <see cref="VisitSummary"/> of a visit from the knowledge, in Dutch or English.</summary>
public static class VisitSummaryBuilder
{
    public static VisitSummary Build(KnowledgeSnapshot snapshot, Visit visit, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(visit);
        var knowledge = snapshot.Knowledge;
        var documents = knowledge.Sources.ToDictionary(s => s.Id);
        var people = knowledge.People.ToDictionary(p => p.Id);
        var cite = (SourceRef source) => Cite(source, documents);
        var pick = (LocalizedText text) => Pick(text, language);

        var facts = knowledge.Facts.ToDictionary(f => f.Id);
        var figures = knowledge.Figures.ToDictionary(f => f.Id);

        // What the visit lists, as it stood on the visit date; what replaced it since is said beside it, never instead.
        var history = new VisitHistory(knowledge, visit.Date);
        Replacement PersonNow(Person p) => new(p.Id, $"{p.Name}, {pick(p.Role).Text}", documents[p.Source.Source].Date, cite(p.Source));
        Replacement FactNow(Fact f) => new(f.Id, pick(f.Text).Text, f.When?.Date ?? documents[f.Source.Source].Date, cite(f.Source));
        Replacement FigureNow(Figure f) => new(f.Id, pick(f.Meaning).Text, f.AsOf, cite(f.Source));
        SeriesValue Value(Figure f) => new(f.Id, f.Value, f.AsOf, cite(f.Source));

        PersonLine Person(string id)
        {
            var person = people[id];
            return new PersonLine(person.Id, person.Name, pick(person.Role).Text, cite(person.Source))
            {
                ReplacedBy = [.. history.CurrentReplacements(id, people).Select(PersonNow)],
            };
        }

        IEnumerable<FigureLine> FiguresAtVisit(Figure listed)
        {
            var shown = history.AtVisit(listed);
            foreach (var f in shown)
            {
                var replacedBy = history.CurrentReplacements(f.Id, figures);
                yield return new FigureLine(
                    f.Id,
                    f.Value,
                    pick(f.Unit).Text,
                    f.AsOf,
                    f.Period is null ? null : pick(f.Period).Text,
                    pick(f.Meaning).Text,
                    pick(f.Meaning).IsTranslation,
                    cite(f.Source))
                {
                    // A correction said as "replaced" is not said again as a newer value.
                    Newer = [.. history.NewerThan(f).Where(n => !replacedBy.Any(r => r.Id == n.Id)).Select(Value)],
                    SameDate = [.. shown.Where(other => other.Id != f.Id).Select(Value)],
                    ReplacedBy = [.. replacedBy.Select(FigureNow)],
                };
            }
        }

        var quotes = knowledge.Quotes.ToDictionary(q => q.Id);
        var organisations = knowledge.Organisations.ToDictionary(o => o.Id);
        var topics = knowledge.Topics.ToDictionary(t => t.Id);
        var title = pick(visit.Title);
        var repeats = new SectionRepeats(
            [.. visit.Figures.Select(id => figures[id])],
            [.. visit.OrganisationsVisited.Select(id => organisations[id])],
            [.. visit.Quotes.Select(id => quotes[id])]);

        var summary = new VisitSummary
        {
            VisitId = visit.Id,
            Language = language,
            Title = title.Text,
            Date = visit.Date,
            Place = pick(visit.Place).Text,
            Purpose = pick(visit.Purpose).Text,
            Delegation = [.. visit.Delegation.Select(Person)],
            Counterparts = [.. visit.Counterparts.Select(Person)],
            Topics = [.. visit.Topics.Select(id => pick(topics[id].Name).Text)],
            Discussed = [.. visit.Discussed.Select(d => pick(d).Text)],
            Outcomes = [.. visit.Outcomes.Select(o => pick(o).Text)],
            Figures = [.. visit.Figures.Select(id => figures[id]).SelectMany(FiguresAtVisit).DistinctBy(f => f.Id)],
            Quotes = [.. visit.Quotes.Select(id => quotes[id]).Select(q => new QuoteLine(
                q.Id,
                people[q.Speaker].Name,
                pick(people[q.Speaker].Role).Text,
                pick(q.Text).Text,
                q.Date,
                pick(q.Text).IsTranslation,
                cite(q.Source)))],
            OrganisationsVisited = [.. visit.OrganisationsVisited.Select(id => organisations[id]).Select(o => new OrganisationLine(
                o.Id,
                o.Name,
                Abbreviation(o),
                o.Description is null ? null : pick(o.Description).Text,
                cite(o.Source)))],
            // A fact that a section above already shows (a key figure, the organisations, a quote) is not listed again.
            RelatedFacts = [.. visit.Facts.Select(id => facts[id]).Where(f => !repeats.Shows(f)).Select(f => new CitedText(pick(f.Text).Text, pick(f.Text).IsTranslation, cite(f.Source))
            {
                ReplacedBy = [.. history.CurrentReplacements(f.Id, facts).Select(FactNow)],
            })],
            IsTranslation = title.IsTranslation,
            KnowledgeVersion = snapshot.Version,
            KnowledgeDate = KnowledgeDateOf(snapshot),
        };
        return summary with { Sources = AllSources(summary, visit.Sources.Select(cite)) };
    }

    private static IReadOnlyList<CitedDocument> AllSources(VisitSummary summary, IEnumerable<SourceCitation> visitSources)
    {
        var all = visitSources
            .Concat(summary.Delegation.Select(p => p.Source))
            .Concat(summary.Counterparts.Select(p => p.Source))
            .Concat(summary.Figures.Select(f => f.Source))
            .Concat(summary.Quotes.Select(q => q.Source))
            .Concat(summary.OrganisationsVisited.Select(o => o.Source))
            .Concat(summary.RelatedFacts.Select(f => f.Source));
        return [.. all
            .GroupBy(s => s.SourceId)
            .Select(g => ToDocument(g.First(), g.Select(s => s.Paragraph)))
            .OrderBy(d => d.Date)
            .ThenBy(d => d.Title, StringComparer.Ordinal)];
    }

    private static CitedDocument ToDocument(SourceCitation source, IEnumerable<int> paragraphs) =>
        new(source.SourceId, source.Title, source.Publisher, source.Date, source.Url, [.. paragraphs.Distinct().Order()]);

    private static SourceCitation Cite(SourceRef source, IReadOnlyDictionary<string, SourceDocument> documents)
    {
        var document = documents[source.Source];
        return new SourceCitation(document.Id, document.Title, document.Publisher, document.Date, source.Paragraph, document.Url);
    }

    /// <summary>The text in the language asked; English falls back to the Dutch original when not translated.</summary>
    internal static (string Text, bool IsTranslation) Pick(LocalizedText text, UserLanguage language) =>
        language == UserLanguage.English && text.En is { Length: > 0 } english ? (english, true) : (text.Nl, false);

    /// <summary>The first alias written as an abbreviation (capitals only, up to 6 letters), e.g. UNHCR.</summary>
    /// <summary>The date the knowledge runs up to: its newest source document, or the knowledge file's date when it cites none.</summary>
    private static DateOnly KnowledgeDateOf(KnowledgeSnapshot snapshot) => snapshot.Knowledge.Sources.Count > 0
        ? snapshot.Knowledge.Sources.Max(s => s.Date)
        : DateOnly.FromDateTime(File.Exists(snapshot.Path) ? File.GetLastWriteTimeUtc(snapshot.Path) : snapshot.LoadedAt.UtcDateTime);

    private static string? Abbreviation(Organisation organisation) =>
        organisation.Aliases.FirstOrDefault(a => a.Length is > 1 and <= 6 && a.All(char.IsUpper));
}
