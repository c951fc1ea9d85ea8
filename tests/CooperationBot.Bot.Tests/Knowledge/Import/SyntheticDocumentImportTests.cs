using System.Text.Json;
using CooperationBot.Bot.Knowledge.Import;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Validation;

namespace CooperationBot.Bot.Tests.Knowledge.Import;

/// <summary>Every detector and the encoding repair on the fictional document, as Markdown and as Word.</summary>
public sealed class SyntheticDocumentImportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cooperationbot-import-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static KnowledgeBase Drafts => SyntheticDocument.Import(SyntheticDocument.MarkdownPath).Drafts;

    [Fact]
    public void Import_DamagedCharacters_RepairedAndReportedAtLineAndColumn()
    {
        var lines = File.ReadAllLines(SyntheticDocument.MarkdownPath);
        var quoteLine = Array.FindIndex(lines, line => line.StartsWith("β€œ", StringComparison.Ordinal)) + 1;
        var cafeLine = Array.FindIndex(lines, line => line.Contains("cafÃ©", StringComparison.Ordinal)) + 1;

        var import = SyntheticDocument.Import(SyntheticDocument.MarkdownPath);

        Assert.Equal(
            [new SourceDamage(quoteLine, 1, "β€œ", "“"), new SourceDamage(cafeLine, lines[cafeLine - 1].IndexOf("Ã©", StringComparison.Ordinal) + 1, "Ã©", "é")],
            import.Repairs);
        Assert.Contains(import.Drafts.Facts, fact => fact.Text.Nl.Contains("café-bon", StringComparison.Ordinal));
        Assert.StartsWith("Dit bezoek aan Voorbeeldstad", import.Drafts.Quotes[0].Text.Nl, StringComparison.Ordinal);
        Assert.StartsWith("“Dit bezoek", import.Drafts.Quotes[0].Source.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Facts_OnePerInformativeSentenceWithParagraphAndExactEvidence()
    {
        var facts = Drafts.Facts;

        Assert.All(facts, fact => Assert.Equal((KnowledgeStatus.Draft, fact.Text.Nl, null), (fact.Status, fact.Source.Evidence, fact.Text.En)));
        Assert.Equal(
            ["draft-fictief-persbericht-p2-1", "draft-fictief-persbericht-p2-2", "draft-fictief-persbericht-p2-3",
             "draft-fictief-persbericht-p7-1", "draft-fictief-persbericht-p7-2", "draft-fictief-persbericht-p7-3",
             "draft-fictief-persbericht-p8-1", "draft-fictief-persbericht-p8-2", "draft-fictief-persbericht-p8-3", "draft-fictief-persbericht-p8-4"],
            facts.Select(fact => fact.Id));
        Assert.Equal("Tijdens hun ontmoeting spraken ze o.a. over de fictieve proefregeling van dhr. Pietersen.", facts[1].Text.Nl);
        Assert.DoesNotContain(facts, fact => fact.Text.Nl.Contains("Foto", StringComparison.Ordinal) || fact.Text.Nl.Contains("samenwerking met het ministerie", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_DatesAndPeriods_EveryForm()
    {
        var when = Drafts.Facts.ToDictionary(fact => fact.Id[("draft-" + SyntheticDocument.Name + "-").Length..], fact => fact.When);

        Assert.Equal(new DateOnly(2024, 3, 3), when["p2-1"]!.Date);
        Assert.Equal(new DateOnly(2024, 3, 3), when["p2-2"]!.Date);
        Assert.Equal(new DateOnly(2024, 3, 4), when["p2-3"]!.Date);
        Assert.Equal(new DateOnly(2024, 3, 1), when["p7-1"]!.Date);
        Assert.Equal(("Sinds de start van de proef", (int?)null), (when["p7-2"]!.Period!.Nl, when["p7-2"]!.Year));
        Assert.Equal(("Vanaf eind 2022", (int?)2022, (DateOnly?)null), (when["p7-3"]!.Period!.Nl, when["p7-3"]!.Year, when["p7-3"]!.Date));
        Assert.Equal(new DateOnly(2022, 11, 15), when["p8-1"]!.Date);
        Assert.Equal(("In januari 2023", (int?)2023), (when["p8-2"]!.Period!.Nl, when["p8-2"]!.Year));
        Assert.Equal(new DateOnly(2024, 3, 5), when["p8-3"]!.Date);
        Assert.Equal(new DateOnly(2024, 3, 6), when["p8-4"]!.Date);
    }

    [Fact]
    public void Import_Figure_ValueUnitAsOfDate()
    {
        var figures = Drafts.Figures;

        Assert.Equal(
            [(1250m, "aanvragen", new DateOnly(2024, 3, 1), (string?)null), (300m, "inwoners", SyntheticDocument.Date, "Sinds de start van de proef")],
            figures.Select(figure => (figure.Value, figure.Unit.Nl, figure.AsOf, figure.Period?.Nl)));
        Assert.All(figures, figure => Assert.Equal(figure.Meaning.Nl, figure.Source.Evidence));
    }

    [Fact]
    public void Import_PeopleAndOrganisations_KnownMatchedNewFlagged()
    {
        var import = SyntheticDocument.Import(SyntheticDocument.MarkdownPath);

        Assert.Equal(["de-vries", "draft-jansen-verhoef", "draft-pietersen"], import.Drafts.People.Select(person => person.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["draft-spk", "fta"], import.Drafts.Organisations.Select(organisation => organisation.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["de-vries", "fta"], import.KnownIds.Order(StringComparer.Ordinal));
        var mayor = import.Drafts.People.Single(person => person.Id == "draft-jansen-verhoef");
        Assert.Equal(("Jansen-Verhoef", "burgemeester", "burgemeester Jansen-Verhoef"), (mayor.Name, mayor.Role.Nl, mayor.Source.Evidence));
        var foundation = import.Drafts.Organisations.Single(organisation => organisation.Id == "draft-spk");
        Assert.Equal(("Stichting Proefkonijn", "SPK"), (foundation.Name, Assert.Single(foundation.Aliases)));
        Assert.Contains("NEW candidate", DraftYamlWriter.Write(import, "x.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Quotes_SpeakerLineAndInline()
    {
        var quotes = Drafts.Quotes;

        Assert.Equal(
            [("de-vries", 5, "Dit bezoek aan Voorbeeldstad is voor mij een belangrijke stap. We zetten de proef vandaag samen voort."),
             ("draft-jansen-verhoef", 9, "De samenwerking met het ministerie loopt uitstekend,")],
            quotes.Select(quote => (quote.Speaker, quote.Source.Paragraph, quote.Text.Nl)));
        Assert.All(quotes, quote => Assert.Equal(SyntheticDocument.Date, quote.Date));
    }

    [Fact]
    public void Import_Visit_WhoWhomWhereWhen()
    {
        var visit = Assert.Single(Drafts.Visits);

        Assert.Equal(
            (new DateOnly(2024, 3, 3), "Voorbeeldstad", "de-vries", "draft-jansen-verhoef", KnowledgeStatus.Draft),
            (visit.Date, visit.Place.Nl, Assert.Single(visit.Delegation), Assert.Single(visit.Counterparts), visit.Status));
        Assert.Equal(2, visit.Sources[0].Paragraph);
        Assert.Equal(["Tijdens hun ontmoeting spraken ze o.a. over de fictieve proefregeling van dhr. Pietersen."], visit.Discussed.Select(text => text.Nl));
        Assert.Equal(Drafts.Facts.Count, visit.Facts.Count);
    }

    [Fact]
    public void Import_Docx_SameDraftsAsTheMarkdown()
    {
        var docx = Path.Combine(_root, SyntheticDocument.Name + ".docx");
        SyntheticDocument.WriteDocx(docx);

        var fromWord = SyntheticDocument.Import(docx);
        var fromMarkdown = SyntheticDocument.Import(SyntheticDocument.MarkdownPath);

        Assert.Equal(JsonSerializer.Serialize(fromMarkdown.Drafts, KnowledgeJson.Options), JsonSerializer.Serialize(fromWord.Drafts, KnowledgeJson.Options));
        Assert.Equal(["β€œ", "Ã©"], fromWord.Repairs.Select(repair => repair.Damaged));
    }

    [Theory]
    [InlineData(".md")]
    [InlineData(".docx")]
    public void Import_WrittenDrafts_ValidateWithoutErrorsAndAreAllListed(string extension)
    {
        var document = extension == ".md" ? SyntheticDocument.MarkdownPath : Path.Combine(_root, SyntheticDocument.Name + ".docx");
        if (extension == ".docx")
        {
            SyntheticDocument.WriteDocx(document);
        }

        var result = SyntheticDocument.WriteAndLoad(document, _root);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(result.DraftCount, result.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Note));
        Assert.Equal(21, result.DraftCount);
    }
}
