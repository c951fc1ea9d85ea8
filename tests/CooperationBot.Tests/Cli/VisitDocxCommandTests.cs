using CooperationBot.Host.Cli;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Cli;

public sealed class VisitDocxCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("nl", "Datum en plaats", "Marokkaanse minister van Binnenlandse Zaken")]
    [InlineData("en", "Date and place", "Moroccan Minister of the Interior")]
    public async Task VisitDocx_OneVisitMatches_WritesTheNote(string language, string heading, string role)
    {
        var path = Path.Combine(_dir, "notes", $"briefing-{language}.docx");

        var (code, output, error) = await CliRun.RunAsync("visit", "--docx", path, "--lang", language, "Marokko", "2023");

        Assert.True(code == 0, error);
        Assert.Contains("Wrote " + path, output, StringComparison.Ordinal);
        var text = WordText.Read(await File.ReadAllBytesAsync(path));
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(role, text, StringComparison.Ordinal);
        Assert.Contains("125", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitDocx_NoVisitMatches_Exit1ListingTheKnownVisits()
    {
        var path = Path.Combine(_dir, "none.docx");

        var (code, _, error) = await CliRun.RunAsync("visit", "--docx", path, "Frankrijk");

        Assert.Equal(1, code);
        Assert.Contains("No visit matches \"Frankrijk\"", error, StringComparison.Ordinal);
        Assert.Contains("bezoek-marokko-2023-02-21", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("visit", "--docx", "out.docx")]
    [InlineData("visit", "Marokko", "--docx")]
    [InlineData("visit", "--docx", "out.docx", "--lang", "fr", "Marokko")]
    public async Task VisitDocx_IncompleteArguments_Exit2WithUsage(params string[] args)
    {
        var (code, _, error) = await CliRun.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(VisitDocxCommand.UsageLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public void IsCommand_VisitWithDocx_True()
    {
        Assert.True(CommandLine.IsCommand(["visit", "--docx", "out.docx", "Marokko"]));
    }
}
