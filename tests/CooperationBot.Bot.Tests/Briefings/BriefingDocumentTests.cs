using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Bot.Visits;
using DocumentFormat.OpenXml.Packaging;

namespace CooperationBot.Bot.Tests.Briefings;

public sealed class BriefingDocumentTests
{
    private static readonly DateTimeOffset Winter = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static VisitSummary Summary(UserLanguage language)
    {
        var snapshot = TestKnowledge.Real;
        var visit = Assert.Single(VisitFinder.Find(snapshot.Knowledge, "Marokko 2023"));
        return VisitSummaryBuilder.Build(snapshot, visit, language);
    }

    [Fact]
    public void Create_DutchVisit_OpensWithoutSchemaErrorsAndHasTheSectionsInOrder()
    {
        var note = BriefingNote.Create(Summary(UserLanguage.Dutch), Winter);

        Assert.True(note.SchemaErrors.Count == 0, string.Join(Environment.NewLine, note.SchemaErrors));
        Assert.Equal(
            ["Datum en plaats", "Doel", "Delegatie en gesprekspartners", "Onderwerpen", "Besproken", "Kerncijfers", "Citaten",
             "Bezochte organisaties", "Gerelateerde feiten", "Bronnen"],
            note.Headings());
        Assert.Equal(["Delegatie", "Gesprekspartners"], note.Headings("Heading2"));
        Assert.StartsWith("Kennismakingsbezoek van staatssecretaris Van der Burg", Assert.Single(note.Headings("Title")));
        Assert.Equal(note.Headings("Title").Single(), note.Title);
    }

    [Fact]
    public void Create_DutchVisit_HoldsDatePeopleFigureOrganisationsAndSource()
    {
        var note = BriefingNote.Create(Summary(UserLanguage.Dutch), Winter);

        var text = note.Text;
        Assert.Contains("21 februari 2023, Marokko", text);
        Assert.Contains(note.Paragraphs, p => p.Style == "ListBullet" && p.Text == "Laftit, Marokkaanse minister van Binnenlandse Zaken");
        Assert.Contains(note.Paragraphs, p => p.Style == "ListBullet" && p.Text.StartsWith("125 Marokkaanse vreemdelingen teruggekeerd (stand 21 februari 2023", StringComparison.Ordinal));
        Assert.Contains("(IOM)", text);
        Assert.Contains("(UNHCR)", text);
        Assert.Contains("(ILO)", text);
        Assert.Contains("actieplan", text);
        Assert.Contains(note.Paragraphs, p => p.Style == "SourceNote" && p.Text.StartsWith("Bron: Staatssecretaris Van der Burg bezoekt collega minister Laftit in Marokko (Ministerie van Justitie en Veiligheid, 21 februari 2023), alinea 10", StringComparison.Ordinal));
        Assert.Contains(note.Paragraphs, p => p.Style == "Quote" && p.Text.StartsWith('\u201c'));
        Assert.DoesNotContain("Uitkomsten", text);
    }

    [Fact]
    public void Create_EnglishVisit_EnglishHeadingsTextsAndTranslationNote()
    {
        var note = BriefingNote.Create(Summary(UserLanguage.English), Winter);

        Assert.True(note.SchemaErrors.Count == 0, string.Join(Environment.NewLine, note.SchemaErrors));
        Assert.Equal(
            ["Date and place", "Purpose", "Delegation and counterparts", "Topics", "Discussed", "Key figures", "Quotes",
             "Organisations visited", "Related facts", "Sources"],
            note.Headings());
        var text = note.Text;
        Assert.Contains("English translation of the Dutch source texts", text);
        Assert.Contains("21 February 2023, Morocco", text);
        Assert.Contains("Laftit, Moroccan Minister of the Interior", text);
        Assert.Contains("125 Moroccan nationals returned (as of 21 February 2023", text);
        Assert.Contains("(UNHCR)", text);
        Assert.Contains("Source: ", text);
        Assert.Contains("paragraph 10", text);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "2026-03-01T12:00:00Z", "1 maart 2026 om 13:00 (Amsterdamse tijd) uit kennisversie real")]
    [InlineData(UserLanguage.English, "2026-07-01T12:00:00Z", "1 July 2026 at 14:00 (Amsterdam time) from knowledge version real")]
    public void Create_Footer_KnowledgeVersionAndAmsterdamTime(UserLanguage language, string at, string expected)
    {
        var note = BriefingNote.Create(Summary(language), DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(expected, note.Footer);
    }

    [Fact]
    public void Create_OutcomesAndNoFigures_OutcomesSectionAndNoFiguresSection()
    {
        var summary = Summary(UserLanguage.Dutch) with { Outcomes = ["Afgesproken: een werkgroep."], Figures = [], Quotes = [] };

        var note = BriefingNote.Create(summary, Winter);

        Assert.Contains("Uitkomsten en afspraken", note.Headings());
        Assert.DoesNotContain("Kerncijfers", note.Headings());
        Assert.DoesNotContain("Citaten", note.Headings());
        Assert.Contains(note.Paragraphs, p => p.Style == "ListBullet" && p.Text == "Afgesproken: een werkgroep.");
    }

    [Fact]
    public void Create_EnglishWithUntranslatedText_MarksTheDutchOriginal()
    {
        var summary = Summary(UserLanguage.English);
        var fact = summary.RelatedFacts[0] with { Text = "Alleen in het Nederlands.", IsTranslation = false };

        var note = BriefingNote.Create(summary with { RelatedFacts = [fact] }, Winter);

        Assert.Contains(note.Paragraphs, p => p.Text == "Alleen in het Nederlands. [Dutch original, not translated]");
    }

    [Fact]
    public void Create_SourceWithAddress_ClickableLinkInTheSourcesList()
    {
        var summary = Summary(UserLanguage.Dutch);
        var address = new Uri("https://www.rijksoverheid.nl/actueel/nieuws/2023/02/21/bezoek");
        summary = summary with { Sources = [summary.Sources[0] with { Url = address }] };

        using var stream = new MemoryStream(BriefingDocument.Create(summary, Winter));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        var link = Assert.Single(document.MainDocumentPart!.HyperlinkRelationships);
        Assert.Equal(address, link.Uri);
        Assert.Contains(document.MainDocumentPart.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>(), h => h.Id == link.Id);
    }
}
