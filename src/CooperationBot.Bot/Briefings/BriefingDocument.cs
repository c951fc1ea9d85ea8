using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CooperationBot.Bot.Briefings;

/// <summary>
/// The Word briefing note of a visit: the same sections as the visit card, with headings, a sources list and a
/// footer naming the knowledge version and when the note was made. Sections the knowledge leaves empty are left out.
/// Items are as they stood on the visit date; what changed since (a newer value, a replacement, a successor) is a
/// change note under the item, in the same words as the card.
/// </summary>
public static class BriefingDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The .docx bytes of the briefing note of <paramref name="summary"/>, made at <paramref name="generatedAt"/>.</summary>
    public static byte[] Create(VisitSummary summary, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var texts = new BriefingTexts(summary.Language);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = summary.Title;
            document.PackageProperties.Creator = "CooperationBot";
            document.PackageProperties.Created = generatedAt.UtcDateTime;
            document.PackageProperties.Language = texts.Culture.Name;

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = BriefingStyles.Create(texts.Culture.Name);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = BriefingStyles.CreateNumbering();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(texts, summary.KnowledgeVersion, generatedAt);

            var body = new Body();
            main.Document = new Document(body);
            Write(new WordBody(main, body), summary, texts);
            body.Append(Page(main.GetIdOfPart(footer)));
        }

        return stream.ToArray();
    }

    private static void Write(WordBody word, VisitSummary summary, BriefingTexts texts)
    {
        word.Add(BriefingStyles.Title, summary.Title);
        word.Add(BriefingStyles.Subtitle, $"{texts.DocumentKind} \u00b7 {texts.Date(summary.Date)}");
        if (summary.Language == UserLanguage.English)
        {
            word.Add(BriefingStyles.Quote, texts.TranslationNote);
        }

        if (summary.Phrased is { } phrased)
        {
            // A model-phrased section is marked as such, and says how it was checked.
            word.Heading1(summary.Language == UserLanguage.English ? "Summary (phrased by AI)" : "Samenvatting (door AI geformuleerd)");
            word.Plain(phrased.ToMarkedText());
            word.Source(summary.Language == UserLanguage.English
                ? "AI-generated from the lines of this note; checked before use: every number, date, name and quote is in the cited line. Numbers in brackets refer to those lines."
                : "Door AI gegenereerd uit de regels van deze notitie; vooraf gecontroleerd: elk getal, elke datum, naam en elk citaat staat in de geciteerde regel. Nummers tussen haken verwijzen naar die regels.");
        }

        word.Heading1(texts.DateAndPlace);
        word.Plain($"{texts.Date(summary.Date)}, {summary.Place}");
        word.Heading1(texts.Purpose);
        word.Plain(summary.Purpose);
        WritePeople(word, summary, texts);
        Section(word, texts.Topics, summary.Topics, word.Bullets);
        Section(word, texts.Discussed, summary.Discussed, word.Bullets);
        Section(word, texts.Outcomes, summary.Outcomes, word.Bullets);
        Section(word, texts.Figures, summary.Figures, figures => WriteFigures(word, figures, texts, summary.Language));
        Section(word, texts.Quotes, summary.Quotes, quotes => WriteQuotes(word, quotes, texts, summary.Language));
        Section(word, texts.Organisations, summary.OrganisationsVisited, organisations => WriteOrganisations(word, organisations));
        Section(word, texts.RelatedFacts, summary.RelatedFacts, facts => WriteFacts(word, facts, texts, summary.Language));
        Section(word, texts.Sources, summary.Sources, sources => WriteSources(word, sources, texts));
    }

    private static void Section<T>(WordBody word, string heading, IReadOnlyList<T> items, Action<IReadOnlyList<T>> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        word.Heading1(heading);
        write(items);
    }

    private static void WritePeople(WordBody word, VisitSummary summary, BriefingTexts texts)
    {
        if (summary.Delegation.Count + summary.Counterparts.Count == 0)
        {
            return;
        }

        word.Heading1(texts.People);
        foreach (var (heading, people) in new[] { (texts.Delegation, summary.Delegation), (texts.Counterparts, summary.Counterparts) })
        {
            if (people.Count > 0)
            {
                word.Heading2(heading);
                foreach (var person in people)
                {
                    word.Bullet(WordBody.Text(person.Name, bold: true), WordBody.Text(", " + person.Role));
                    Changes(word, VisitLines.Succeeded(person, summary.Language));
                }
            }
        }
    }

    private static void WriteFigures(WordBody word, IReadOnlyList<FigureLine> figures, BriefingTexts texts, UserLanguage language)
    {
        SourceCitation? previous = null;
        foreach (var figure in figures)
        {
            var when = figure.Period is null ? texts.AsOf(figure.AsOf) : $"{texts.AsOf(figure.AsOf)}, {figure.Period}";
            word.BulletWithNext(WordBody.Text($"{texts.Number(figure.Value)} {figure.Unit}", bold: true), WordBody.Text($" ({when})"));
            word.Add("Normal", keepWithNext: true, WordBody.Text(figure.Meaning + Original(texts, language, figure.IsTranslation)));
            SourceAndChanges(
                word,
                texts.SourceLine(figure.Source, previous),
                VisitLines.SameDate(figure, language),
                VisitLines.Newer(figure, language),
                VisitLines.Replaced(figure.ReplacedBy, language));
            previous = figure.Source;
        }
    }

    private static void WriteQuotes(WordBody word, IReadOnlyList<QuoteLine> quotes, BriefingTexts texts, UserLanguage language)
    {
        SourceCitation? previous = null;
        foreach (var quote in quotes)
        {
            word.Add(BriefingStyles.Quote, keepWithNext: true, WordBody.Text($"\u201c{quote.Text}\u201d" + Original(texts, language, quote.IsTranslation)));
            word.Add(BriefingStyles.Attribution, keepWithNext: true, WordBody.Text($"\u2014 {quote.Speaker}, {quote.SpeakerRole}, {texts.Date(quote.Date)}"));
            word.Source(texts.SourceLine(quote.Source, previous));
            previous = quote.Source;
        }
    }

    private static void WriteOrganisations(WordBody word, IReadOnlyList<OrganisationLine> organisations)
    {
        foreach (var organisation in organisations)
        {
            var name = organisation.Abbreviation is null ? organisation.Name : $"{organisation.Name} ({organisation.Abbreviation})";
            word.Bullet(WordBody.Text(name, bold: true), WordBody.Text(organisation.Note is null ? string.Empty : ": " + organisation.Note));
        }
    }

    private static void WriteFacts(WordBody word, IReadOnlyList<CitedText> facts, BriefingTexts texts, UserLanguage language)
    {
        SourceCitation? previous = null;
        foreach (var fact in facts)
        {
            word.BulletWithNext(WordBody.Text(fact.Text + Original(texts, language, fact.IsTranslation)));
            SourceAndChanges(word, texts.SourceLine(fact.Source, previous), VisitLines.Replaced(fact.ReplacedBy, language));
            previous = fact.Source;
        }
    }

    private static void WriteSources(WordBody word, IReadOnlyList<CitedDocument> sources, BriefingTexts texts)
    {
        foreach (var source in sources)
        {
            word.Bullet(
                WordBody.Text(source.Title, bold: true),
                WordBody.Text($" \u2014 {source.Publisher}, {texts.Date(source.Date)}; {texts.Paragraphs(source.Paragraphs)}"));
            if (source.Url is { } url)
            {
                word.Add(BriefingStyles.SourceNote, word.Link(url));
            }
        }
    }

    /// <summary>A line's source note, then what changed since the visit (kept on the source note's page).</summary>
    private static void SourceAndChanges(WordBody word, string source, params string?[] changes)
    {
        word.Add(BriefingStyles.SourceNote, keepWithNext: changes.Any(c => c is not null), WordBody.Text(source));
        Changes(word, changes);
    }

    /// <summary>One change note per line that is not null (see <see cref="VisitLines"/>).</summary>
    private static void Changes(WordBody word, params string?[] changes)
    {
        foreach (var change in changes.OfType<string>())
        {
            word.Add(BriefingStyles.ChangeNote, change);
        }
    }

    /// <summary>Marks a Dutch text shown in an English note because no translation exists.</summary>
    private static string Original(BriefingTexts texts, UserLanguage language, bool isTranslation) =>
        language == UserLanguage.English && !isTranslation ? texts.DutchOriginal : string.Empty;

    private static Footer Footer(BriefingTexts texts, string knowledgeVersion, DateTimeOffset generatedAt) => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = BriefingStyles.Footer }),
            WordBody.Text(texts.Footer(knowledgeVersion, generatedAt) + texts.Page),
            new SimpleField(WordBody.Text("1")) { Instruction = " PAGE " }));

    /// <summary>A4 portrait, 2.5 cm margins, the footer on every page.</summary>
    private static SectionProperties Page(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1417, Bottom = 1417, Left = 1417U, Right = 1417U, Header = 708U, Footer = 708U, Gutter = 0U });
}
