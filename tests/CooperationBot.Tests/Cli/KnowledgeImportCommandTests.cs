using CooperationBot.Host.Cli;
using CooperationBot.Testing;
using CooperationBot.Testing.Knowledge;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Cli;

public sealed class KnowledgeImportCommandTests : IDisposable
{
    private readonly TempKnowledgeFolder _folder = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_RealSource_WritesDraftsThatValidateWithEveryDraftListed()
    {
        var source = Path.Combine(_folder.Root, "sources", "000_ef273bc0d1f99a1b.txt");

        var (code, output, error) = await CliRun.RunAsync("knowledge", "import", source, "--date", "2023-02-21", "--publisher", "Ministerie van Justitie en Veiligheid", "--knowledge", _folder.KnowledgePath);
        var drafts = Path.Combine(_folder.Root, "drafts", "000-ef273bc0d1f99a1b.yaml");
        var (validateCode, validation, _) = await CliRun.RunAsync("knowledge", "validate", drafts);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains($"{source}:9:1: repaired 'β€œ' -> '“'", output, StringComparison.Ordinal);
        Assert.Contains("1 suggestion for the curator", output, StringComparison.Ordinal);
        Assert.Contains("# import: past in de reeks terugkeer-marokkanen-sinds-actieplan (laatste waarde 125, stand 2023-02-21); measure en eenheid van de reeks overgenomen; controleer eenheid en as_of; de reeks heeft al 125 per 2023-02-21 (cijfer-terugkeer-125): misschien dubbel", File.ReadAllText(drafts), StringComparison.Ordinal);
        Assert.Contains("file: \"../sources/000_ef273bc0d1f99a1b.txt\"", File.ReadAllText(drafts), StringComparison.Ordinal);
        Assert.Equal(0, validateCode);
        Assert.Equal(28, validation.Split(Environment.NewLine).Count(line => line.Contains(": note: ", StringComparison.Ordinal)));
        Assert.Matches(@": 0 errors, 1 warning, 28 drafts pending review; 18 facts, 1 figure, 1 quote, 1 visit, 2 people, 4 organisations", validation);
    }

    [Fact]
    public async Task Import_DocumentOutsideSources_CopiesItsTextIntoSources()
    {
        var document = Path.Combine(_folder.Root, "nieuw bericht.md");
        File.WriteAllText(document, "# Fictief bericht\n\nMinister De Testmaker opende op 2 april 2024 een fictief testlab in Voorbeeldstad.\n");
        var outPath = Path.Combine(_folder.Root, "drafts", "nieuw.yaml");

        var (code, _, error) = await CliRun.RunAsync("knowledge", "import", document, "--date", "2024-04-03", "--out", outPath, "--knowledge", _folder.KnowledgePath);
        var (validateCode, validation, _) = await CliRun.RunAsync("knowledge", "validate", outPath);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.True(File.Exists(Path.Combine(_folder.Root, "sources", "nieuw-bericht.txt")));
        Assert.Equal(0, validateCode);
        Assert.Contains("0 errors, 0 warnings", validation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_LaterValueAndNewerAgreement_PrintsTheSuggestionsAndTheDraftsValidate()
    {
        using var growing = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "tests", "CooperationBot.Bot.Tests", "Knowledge", "TestData", "Growing"));
        var document = Path.Combine(growing.Root, "sources", "stand-eind-2025.txt");
        File.WriteAllText(document, """
            TESTDATA: Terugkeer naar Voorbeeldland, stand eind 2025

            Op 31 december 2025 waren sinds de start van het Terugreisprogramma 400 mensen teruggekeerd naar Voorbeeldland.

            Het Terugkeerakkoord van 2026 vervangt het akkoord van 2024 en regelt nu de terugkeer naar Voorbeeldland.

            """);

        var (code, output, error) = await CliRun.RunAsync("knowledge", "import", document, "--date", "2026-01-15", "--knowledge", growing.KnowledgePath);
        var drafts = Path.Combine(growing.Root, "drafts", "stand-eind-2025.yaml");
        var (validateCode, validation, _) = await CliRun.RunAsync("knowledge", "validate", drafts);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("2 suggestions for the curator ('# import:' comments)", output, StringComparison.Ordinal);
        var yaml = File.ReadAllText(drafts);
        Assert.Contains("  # import: past in de reeks teruggekeerd-terugreisprogramma (laatste waarde 310, stand 2025-06-30)", yaml, StringComparison.Ordinal);
        Assert.Contains("    measure: \"teruggekeerd-terugreisprogramma\"", yaml, StringComparison.Ordinal);
        Assert.Contains("  # import: lijkt een nieuwere versie van akkoord-2024; overweeg supersedes: [akkoord-2024]", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("    supersedes:", yaml, StringComparison.Ordinal);
        Assert.Equal(0, validateCode);
        Assert.Contains(": 0 errors, 0 warnings, 4 drafts pending review; 2 facts, 1 figure", validation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", "--date", "2024-01-01", "does not exist")]
    [InlineData("bericht.pdf", "--date", "2024-01-01", "use a .txt, .md or .docx file")]
    [InlineData("bericht.txt", "--date", "21-02-2023", "--date takes a date written YYYY-MM-DD")]
    [InlineData("bericht.txt", "--source-title", "Zonder datum", "the document's date is not known")]
    public async Task Import_BadInput_Exits2WithAPlainMessage(string file, string option, string value, string expected)
    {
        File.WriteAllText(Path.Combine(_folder.Root, "bericht.pdf"), "%PDF");
        File.WriteAllText(Path.Combine(_folder.Root, "bericht.txt"), "Een titel\n\nEen fictieve zin zonder enige datum erin.\n");

        var (code, output, error) = await CliRun.RunAsync("knowledge", "import", Path.Combine(_folder.Root, file), option, value, "--knowledge", _folder.KnowledgePath);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoDocument_Exits2WithUsage()
    {
        var (code, _, error) = await CliRun.RunAsync("knowledge", "import");

        Assert.Equal(2, code);
        Assert.Contains(KnowledgeImportCommand.UsageLine, error, StringComparison.Ordinal);
        Assert.Contains("knowledge import <file.txt|.md|.docx>", CommandLine.Usage, StringComparison.Ordinal);
    }
}
