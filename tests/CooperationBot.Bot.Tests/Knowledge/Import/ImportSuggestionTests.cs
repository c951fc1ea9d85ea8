using CooperationBot.Bot.Knowledge.Import;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Validation;
using CooperationBot.Testing;
using CooperationBot.Testing.Knowledge;

namespace CooperationBot.Bot.Tests.Knowledge.Import;

/// <summary>
/// What the import suggests on knowledge that changes over time: a figure that continues a series gets its measure and
/// unit with a note, a sentence that looks like a newer version of a reviewed fact gets a supersedes suggestion as a
/// comment only. New TESTDATA documents imported against the growing test knowledge and a copy of the shipped file.
/// </summary>
public sealed class ImportSuggestionTests : IDisposable
{
    private const string Series = "teruggekeerd-terugreisprogramma";
    private const string FigureId = "draft-terugkeer-eind-2025-p3-1-cijfer-1";
    private const string OtherFigureId = "draft-terugkeer-eind-2025-p3-2-cijfer-1";
    private const string AgreementId = "draft-terugkeer-eind-2025-p4-1";

    /// <summary>A new document, made up: a later value of the series, a count of another unit, a new agreement, an unrelated sentence.</summary>
    private const string Document = """
        TESTDATA: Terugkeer naar Voorbeeldland, stand eind 2025

        Dit fictieve bericht is testdata en beschrijft geen echte gebeurtenis.

        Op 31 december 2025 waren sinds de start van het Terugreisprogramma 400 mensen teruggekeerd naar Voorbeeldland. Op dezelfde dag lagen er 40 aanvragen voor het Terugreisprogramma in behandeling.

        Het Terugkeerakkoord van 2026 vervangt het akkoord van 2024 en regelt nu de terugkeer naar Voorbeeldland.

        De Testlandse ambassade opent in maart 2026 een loket voor reizigers in Voorbeeldstad.
        """;

    private readonly TempKnowledgeFolder _growing = GrowingTestData.Copy();

    public void Dispose() => _growing.Dispose();

    [Fact]
    public void Import_FigureOfASeries_DraftedWithTheMeasureTheSeriesUnitAndANote()
    {
        var (import, yaml, result) = ImportInto(_growing, "terugkeer-eind-2025", Document, Known(_growing));

        var figure = import.Drafts.Figures.Single(item => item.Id == FigureId);
        Assert.Equal((400m, Series, new DateOnly(2025, 12, 31)), (figure.Value, figure.Measure, figure.AsOf));
        Assert.Equal(("mensen teruggekeerd naar Voorbeeldland", "people returned to Voorbeeldland"), (figure.Unit.Nl, figure.Unit.En));
        Assert.Equal(
            [$"  # import: past in de reeks {Series} (laatste waarde 310, stand 2025-06-30); measure en eenheid van de reeks overgenomen; controleer eenheid en as_of",
             $"  - id: \"{FigureId}\""],
            LinesAround(yaml, $"- id: \"{FigureId}\""));
        Assert.Contains($"    measure: \"{Series}\"", yaml, StringComparison.Ordinal);
        AssertValid(result);
        Assert.Equal(Series, result.Knowledge!.Figures.Single(item => item.Id == FigureId).Measure);
    }

    [Fact]
    public void Import_FigureOfAnotherUnit_NoMeasureAndNoNote()
    {
        var (import, yaml, _) = ImportInto(_growing, "terugkeer-eind-2025", Document, Known(_growing));

        var figure = import.Drafts.Figures.Single(item => item.Id == OtherFigureId);
        Assert.Equal((40m, "aanvragen", (string?)null, (string?)null), (figure.Value, figure.Unit.Nl, figure.Unit.En, figure.Measure));
        Assert.False(import.Notes.ContainsKey(OtherFigureId));
        Assert.Equal([$"  - id: \"{OtherFigureId}\""], LinesAround(yaml, $"- id: \"{OtherFigureId}\"").Skip(1));
        Assert.DoesNotContain("#", LinesAround(yaml, $"- id: \"{OtherFigureId}\"")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NewerVersionOfAFact_SupersedesSuggestedAsACommentOnly()
    {
        var (import, yaml, result) = ImportInto(_growing, "terugkeer-eind-2025", Document, Known(_growing));

        Assert.Equal("import: lijkt een nieuwere versie van akkoord-2024; overweeg supersedes: [akkoord-2024]", import.Notes[AgreementId]);
        Assert.Equal(
            ["  # import: lijkt een nieuwere versie van akkoord-2024; overweeg supersedes: [akkoord-2024]", $"  - id: \"{AgreementId}\""],
            LinesAround(yaml, $"- id: \"{AgreementId}\""));
        Assert.DoesNotContain(yaml.Split('\n'), line => !line.TrimStart().StartsWith('#') && line.Contains("supersedes", StringComparison.Ordinal));
        AssertValid(result);
        Assert.All(result.Knowledge!.Facts, fact => Assert.Empty(fact.Supersedes));
    }

    [Fact]
    public void Import_UnrelatedSentencesAndTheSeriesSentence_NoSupersedesSuggestion()
    {
        var (import, _, _) = ImportInto(_growing, "terugkeer-eind-2025", Document, Known(_growing));

        Assert.Equal([FigureId, AgreementId], import.Notes.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(import.Drafts.Facts, fact => fact.Text.Nl.StartsWith("De Testlandse ambassade", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TheSameStatementsAgain_NoSuggestion()
    {
        const string again = """
            TESTDATA: Het akkoord, nog eens

            Het Terugkeerakkoord van 2024 vervangt het akkoord van 2022 en regelt nu de terugkeer naar Voorbeeldland.

            Het Terugkeerakkoord van 2022 regelt de terugkeer naar Voorbeeldland.
            """;

        var (import, yaml, result) = ImportInto(_growing, "akkoord-nog-eens", again, Known(_growing));

        Assert.Equal(2, import.Drafts.Facts.Count);
        Assert.Empty(import.Notes);
        Assert.DoesNotContain("# import:", yaml, StringComparison.Ordinal);
        AssertValid(result);
    }

    [Fact]
    public void Import_TwoSeriesFit_NoMeasureAndBothCandidatesListed()
    {
        var known = Known(_growing);
        var bureau = known.Figures.Single(figure => figure.Id == "teruggekeerd-2024-12-bureau") with { Id = "bureau-kopie", Measure = "teruggekeerd-volgens-bureau" };
        known = known with { Figures = [.. known.Figures, bureau] };

        var (import, _, result) = ImportInto(_growing, "terugkeer-eind-2025", Document, known);

        var figure = import.Drafts.Figures.Single(item => item.Id == FigureId);
        Assert.Equal(((string?)null, "mensen teruggekeerd"), (figure.Measure, figure.Unit.Nl));
        Assert.Equal(
            $"import: past in meer dan één reeks ({Series}, teruggekeerd-volgens-bureau); measure niet gezet: kies de reeks, neem haar eenheid over en controleer as_of",
            import.Notes[FigureId]);
        AssertValid(result);
    }

    [Fact]
    public void Import_SeriesAndFactsOnlyDrafts_NothingSuggested()
    {
        var known = Known(_growing);
        known = known with
        {
            Figures = [.. known.Figures.Select(figure => figure with { Status = KnowledgeStatus.Draft })],
            Facts = [.. known.Facts.Select(fact => fact with { Status = KnowledgeStatus.Draft })],
        };

        var (import, _, _) = ImportInto(_growing, "terugkeer-eind-2025", Document, known);

        Assert.Empty(import.Notes);
        Assert.All(import.Drafts.Figures, figure => Assert.Null(figure.Measure));
    }

    [Fact]
    public void Import_ShippedKnowledge_LaterReturnCountJoinsTheActionPlanSeries()
    {
        using var shipped = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));
        const string later = """
            TESTDATA: Fictief bericht over terugkeer naar Marokko, geen echte gebeurtenis

            Volgens dit fictieve testbericht keerden sinds de samenwerking aan het actieplan tot 1 maart 2024 in totaal 310 Marokkaanse vreemdelingen terug.
            """;

        var (import, yaml, result) = ImportInto(shipped, "fictieve-terugkeer-2024", later, new KnowledgeFileLoader().Load(shipped.KnowledgePath).Knowledge!);

        var figure = Assert.Single(import.Drafts.Figures);
        Assert.Equal((310m, "terugkeer-marokkanen-sinds-actieplan", "Marokkaanse vreemdelingen teruggekeerd", new DateOnly(2024, 3, 1)),
            (figure.Value, figure.Measure, figure.Unit.Nl, figure.AsOf));
        Assert.Contains(
            "  # import: past in de reeks terugkeer-marokkanen-sinds-actieplan (laatste waarde 125, stand 2023-02-21); measure en eenheid van de reeks overgenomen; controleer eenheid en as_of",
            yaml,
            StringComparison.Ordinal);
        AssertValid(result);
    }

    private static KnowledgeBase Known(TempKnowledgeFolder folder) => GrowingTestData.Load(folder).Knowledge!;

    /// <summary>
    /// Writes <paramref name="text"/> as <c>sources/&lt;name&gt;.txt</c> in <paramref name="folder"/>, imports it against
    /// <paramref name="known"/>, writes the drafts to <c>drafts/&lt;name&gt;.yaml</c> and loads (validates) them.
    /// </summary>
    private static (KnowledgeImport Import, string Yaml, KnowledgeLoadResult Result) ImportInto(TempKnowledgeFolder folder, string name, string text, KnowledgeBase known)
    {
        var source = Path.Combine(folder.Root, "sources", name + ".txt");
        File.WriteAllText(source, text + "\n");
        var import = KnowledgeImporter.Import(ImportDocumentReader.Read(source), new KnowledgeImportOptions
        {
            SourceFile = $"../sources/{name}.txt",
            Date = new DateOnly(2026, 1, 15),
            Publisher = "Ministerie van Testzaken",
            Known = known,
        });
        var drafts = Path.Combine(folder.Root, "drafts", name + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(drafts)!);
        var yaml = DraftYamlWriter.Write(import, name + ".txt");
        File.WriteAllText(drafts, yaml);
        return (import, yaml, new KnowledgeFileLoader().Load(drafts, name + ".yaml"));
    }

    /// <summary>The line before the line that ends with <paramref name="end"/>, and that line.</summary>
    private static string[] LinesAround(string yaml, string end)
    {
        var lines = yaml.Split('\n');
        var at = Array.FindIndex(lines, line => line.EndsWith(end, StringComparison.Ordinal));
        Assert.True(at > 0, $"no line ends with {end}");
        return [lines[at - 1], lines[at]];
    }

    private static void AssertValid(KnowledgeLoadResult result)
    {
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }
}
