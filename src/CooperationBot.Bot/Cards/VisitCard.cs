using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The summary card of one visit, rendered from <see cref="VisitSummary"/>: date and place, people with
/// their roles, topics, what was discussed and agreed, key figures with their as-of dates, quotes, organisations
/// visited, related facts and the sources, each line with its source; what changed since the visit (a newer value of
/// a figure's series, a replaced fact, a successor) in one line beside the item. Sections without content are left out. The
/// purpose is the message text above the card (and its fallbackText and speak), so the card does not repeat it.
/// The first screen holds when, where, who, the key figures and the quotes; the related facts wait behind a
/// "Toon alle … feiten" button. Only TextBlocks, FactSets, Containers and ActionSets, so it reads on Teams mobile.
/// </summary>
public static class VisitCard
{
    /// <summary>The card; <paramref name="briefingLink"/> (when not null) becomes the "Briefing (Word)" button.</summary>
    public static AdaptiveCard Create(VisitSummary summary, Uri? briefingLink = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var language = summary.Language;
        // The purpose says in a sentence what the visit was; it is the message text, fallbackText and speak, so the card
        // does not repeat it: it starts with the visit's title, date and place and goes on with who, what and sources.
        var body = new List<CardElement>
        {
            Note(Pick(language, "Bezoek uit de kennisbank", "Visit from the knowledge base")),
            Heading(summary.Title),
        };
        if (summary.IsTranslation)
        {
            body.Add(Note(VisitHeadings.TranslationNote));
        }

        if (summary.Phrased is { } phrased)
        {
            body.Add(Note(Pick(
                language,
                "Samengevat door AI uit de regels hieronder, gecontroleerd: elk getal, elke datum en naam staat in de geciteerde regel",
                "Phrased by AI from the lines below, checked: every number, date and name is in the cited line")));
            body.Add(Paragraph(phrased.ToMarkedText()));
        }

        // What a briefing officer needs before the meeting comes first: when, where, who and the key figures (in one
        // compact fact list, with the people's source; each figure's meaning, date and source follow in its own
        // section) and the quotes; then what was discussed and agreed. Why is the message text above the card. Long
        // lists are folded (Foldout).
        var people = summary.Delegation.Concat(summary.Counterparts).ToList();
        body.Add(new FactSet
        {
            Facts =
            [
                new Fact(VisitHeadings.Date(language), CardDates.Format(summary.Date, language)),
                new Fact(VisitHeadings.Place(language), summary.Place),
                .. People(VisitHeadings.Delegation(language), summary.Delegation),
                .. People(VisitHeadings.Counterparts(language), summary.Counterparts),
                .. KeyFigures(summary),
            ],
        });
        if (people.Count > 0)
        {
            body.Add(Note(VisitSources.Line(summary, people.Select(p => p.Source))));
            body.AddRange(people.Select(p => VisitLines.Succeeded(p, language)).OfType<string>().Select(Changed));
        }

        AddSection(body, VisitHeadings.Quotes(language), summary.Quotes.SelectMany(q => Quote(q, summary)));
        AddSection(body, VisitHeadings.Figures(language), summary.Figures.SelectMany(f => Figure(f, summary)));
        AddBullets(body, VisitHeadings.Discussed(language), summary.Discussed);
        AddBullets(body, VisitHeadings.Outcomes(language), summary.Outcomes);
        AddBullets(body, VisitHeadings.Topics(language), summary.Topics);
        AddSection(body, VisitHeadings.OrganisationsVisited(language), Organisations(summary));
        AddFolded(body, "related-facts", VisitHeadings.RelatedFacts(language), RelatedFactsButton(summary.RelatedFacts.Count, language), summary.RelatedFacts.SelectMany(f => RelatedFact(f, summary)), language);
        AddSection(body, VisitHeadings.Sources(language), summary.Sources.SelectMany(d => Document(d, summary)));
        body.Add(Note(Pick(language, "Kennis van ", "Knowledge of ") + CardDates.Format(summary.KnowledgeDate, language)));

        var other = language.Other();
        var actions = new List<CardAction>();
        if (briefingLink is not null)
        {
            actions.Add(new OpenUrlAction(briefingLink) { Title = "Briefing (Word)" });
        }

        actions.Add(VisitButton.Create(Pick(language, "In English", "In het Nederlands"), summary.VisitId, other));
        actions.Add(VisitButton.List(language));
        return Card(language, summary.Purpose, body, actions);
    }

    private static Container Section(string heading, IEnumerable<CardElement> items) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items = [new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true }, .. items],
    };

    private static void AddSection(List<CardElement> body, string heading, IEnumerable<CardElement> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            body.Add(Section(heading, list));
        }
    }

    /// <summary>A section whose content waits behind a "Toon alle …" button (see <see cref="Foldout"/>).</summary>
    private static void AddFolded(List<CardElement> body, string id, string heading, string showTitle, IEnumerable<CardElement> items, UserLanguage language)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            body.Add(Section(heading, Foldout.Create(id, showTitle, language, list)));
        }
    }

    private static string RelatedFactsButton(int count, UserLanguage language) => count == 1
        ? Pick(language, "Toon het feit", "Show the fact")
        : Pick(language, $"Toon alle {count} feiten", $"Show all {count} facts");

    private static void AddBullets(List<CardElement> body, string heading, IReadOnlyList<string> lines) =>
        AddSection(body, heading, lines.Select(line => new TextBlock("- " + line) { Wrap = true, Spacing = Spacing.Small }));

    /// <summary>"Kerncijfers: 125 Marokkaanse vreemdelingen teruggekeerd", the figures' values in one fact; none when there are none.</summary>
    private static IEnumerable<Fact> KeyFigures(VisitSummary summary) => summary.Figures.Count == 0
        ? []
        : [new Fact(VisitHeadings.Figures(summary.Language), string.Join("; ", summary.Figures.Select(f => VisitLines.FigureValue(f, summary.Language))))];

    /// <summary>"Delegatie: Van der Burg (Staatssecretaris)", the people of one side in one fact; none when there are none.</summary>
    private static IEnumerable<Fact> People(string heading, IReadOnlyList<PersonLine> people) => people.Count == 0
        ? []
        : [new Fact(heading, string.Join("; ", people.Select(p => $"{p.Name} ({p.Role})")))];

    private static IEnumerable<CardElement> Figure(FigureLine figure, VisitSummary summary)
    {
        yield return new TextBlock(VisitLines.FigureValue(figure, summary.Language)) { Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Small };
        yield return Paragraph(figure.Meaning);
        yield return Note($"{VisitLines.FigureAsOf(figure, summary.Language)}. {VisitSources.Line(summary, [figure.Source])}");
        foreach (var line in new[] { VisitLines.SameDate(figure, summary.Language), VisitLines.Newer(figure, summary.Language), VisitLines.Replaced(figure.ReplacedBy, summary.Language) })
        {
            if (line is not null)
            {
                yield return Changed(line);
            }
        }
    }

    private static IEnumerable<CardElement> RelatedFact(CitedText fact, VisitSummary summary)
    {
        var replaced = VisitLines.Replaced(fact.ReplacedBy, summary.Language);
        return replaced is null ? Cited(fact.Text, [fact.Source], summary) : [.. Cited(fact.Text, [fact.Source], summary), Changed(replaced)];
    }

    /// <summary>
    /// A line that says what changed since the visit (a newer value, a replaced fact, a successor): small like a source
    /// line, in the warning colour so it is not read past.
    /// </summary>
    private static TextBlock Changed(string text) => new(text) { Wrap = true, Size = TextSize.Small, Color = TextColor.Warning, Spacing = Spacing.Small };

    private static IEnumerable<CardElement> Quote(QuoteLine quote, VisitSummary summary) =>
        Cited($"“{quote.Text}”", [quote.Source], summary, "— " + VisitLines.QuoteSpeaker(quote, summary.Language) + ". ");

    private static IEnumerable<CardElement> Organisations(VisitSummary summary)
    {
        foreach (var organisation in summary.OrganisationsVisited)
        {
            yield return new TextBlock("- " + VisitLines.Organisation(organisation)) { Wrap = true, Spacing = Spacing.Small };
            if (organisation.Note is { } note)
            {
                yield return Note(note);
            }
        }

        if (summary.OrganisationsVisited.Count > 0)
        {
            yield return Note(VisitSources.Line(summary, summary.OrganisationsVisited.Select(o => o.Source)));
        }
    }

    private static IEnumerable<CardElement> Cited(string text, IEnumerable<SourceCitation> sources, VisitSummary summary, string notePrefix = "")
    {
        yield return new TextBlock(text) { Wrap = true, Spacing = Spacing.Small };
        yield return Note(notePrefix + VisitSources.Line(summary, sources));
    }

    private static IEnumerable<CardElement> Document(CitedDocument document, VisitSummary summary)
    {
        yield return new TextBlock(VisitSources.Document(summary, document)) { Wrap = true, Spacing = Spacing.Small };
        if (document.Url is { } url)
        {
            yield return Note(url.ToString());
        }
    }
}
