using System.IO.Compression;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task CardsExport_WritesEverySchemaValidCard()
    {
        var (code, output, _) = await CliRun.RunAsync("cards", "export", _dir);

        Assert.Equal(0, code);
        var files = Directory.GetFiles(_dir, "*.json");
        Assert.Contains(Path.Combine(_dir, "help.nl.json"), files);
        Assert.Contains(Path.Combine(_dir, "welcome.en.json"), files);
        Assert.Contains($"Wrote {files.Length} cards", output);
        foreach (var file in files)
        {
            CardSchemaValidator.AssertValid(await File.ReadAllTextAsync(file));
        }
    }

    [Fact]
    public async Task ManifestPackage_ValidAppId_WritesZipWithIdFilledIn()
    {
        var zipPath = Path.Combine(_dir, "appPackage.zip");
        const string appId = "11111111-2222-3333-4444-555555555555";

        var (code, _, error) = await CliRun.RunAsync("manifest", "package", "--app-id", appId, "--out", zipPath);

        Assert.True(code == 0, error);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var text = await reader.ReadToEndAsync();
        Assert.DoesNotContain("${{", text);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(appId, (string?)manifest["id"]);
        Assert.Equal(appId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public async Task ManifestPackage_InvalidAppId_Exits1WithMessage(string appId)
    {
        var (code, _, error) = await CliRun.RunAsync("manifest", "package", "--app-id", appId, "--out", Path.Combine(_dir, "x.zip"));

        Assert.Equal(1, code);
        Assert.Contains("--app-id must be", error);
        Assert.False(File.Exists(Path.Combine(_dir, "x.zip")));
    }

    [Fact]
    public async Task UnknownSubcommand_Exits2WithUsage()
    {
        var (code, _, error) = await CliRun.RunAsync("cards", "burn");

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error);
    }
}
