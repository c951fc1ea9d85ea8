using System.IO.Compression;
using System.Text.Json.Nodes;
using CooperationBot.Host.Cli;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task CardsExport_WritesEverySchemaValidCard()
    {
        var (code, output, _) = await RunAsync("cards", "export", _dir);

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

        var (code, _, error) = await RunAsync("manifest", "package", "--app-id", appId, "--out", zipPath);

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
        var (code, _, error) = await RunAsync("manifest", "package", "--app-id", appId, "--out", Path.Combine(_dir, "x.zip"));

        Assert.Equal(1, code);
        Assert.Contains("--app-id must be", error);
        Assert.False(File.Exists(Path.Combine(_dir, "x.zip")));
    }

    [Fact]
    public async Task UnknownSubcommand_Exits2WithUsage()
    {
        var (code, _, error) = await RunAsync("cards", "burn");

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error);
    }
}
