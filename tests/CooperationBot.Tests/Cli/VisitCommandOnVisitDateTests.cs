using System.Text.Json.Nodes;
using CooperationBot.Testing;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Cli;

/// <summary>
/// <c>visit</c> in process on the growing test knowledge (tests/CooperationBot.Bot.Tests/Knowledge/TestData/Growing,
/// every text TESTDATA), set through <c>Knowledge__Path</c>: items as they stood on the visit date, with what changed since.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class VisitCommandOnVisitDateTests : IDisposable
{
    private const string Early = "bezoek-voorbeeldstad-2024-03-04";
    private const string Late = "bezoek-voorbeeldstad-2025-07-01";

    private static readonly string GrowingKnowledge = Path.Combine(
        RepositoryRoot.Directory.FullName, "tests", "CooperationBot.Bot.Tests", "Knowledge", "TestData", "Growing", "knowledge.yaml");

    private readonly EnvironmentScope _environment = new(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Knowledge__Path"] = GrowingKnowledge,
        ["Knowledge__Watch"] = "false",
    });

    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-visit-date-").FullName;

    public void Dispose()
    {
        _environment.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task VisitJson_EarlyVisit_HasTheValueOfTheVisitDateTheNewerValueTheSuccessorAndTheReplacement()
    {
        var (code, output, error) = await CliRun.RunAsync("visit", "--json", Early);

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        var figure = json["figures"]!.AsArray().Single()!;
        Assert.Equal((100, "2024-03-01", "testzaken-2024-03-04"), ((int)figure["value"]!, (string?)figure["asOf"], (string?)figure["source"]!["sourceId"]));
        var newer = figure["newer"]!.AsArray().Single()!;
        Assert.Equal(("teruggekeerd-2025-06", 310, "2025-06-30"), ((string?)newer["figureId"], (int)newer["value"]!, (string?)newer["asOf"]));
        Assert.Equal("TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025", (string?)newer["source"]!["title"]);
        Assert.Empty(figure["sameDate"]!.AsArray());
        var jansen = json["delegation"]!.AsArray().Single()!;
        Assert.Equal("Jansen", (string?)jansen["name"]);
        Assert.Equal(("de-vries", "2024-09-16"), ((string?)jansen["replacedBy"]![0]!["id"], (string?)jansen["replacedBy"]![0]!["date"]));
        var agreement = json["relatedFacts"]![0]!;
        Assert.Equal("Het Terugkeerakkoord van 2022 regelt de terugkeer naar Voorbeeldland.", (string?)agreement["text"]);
        Assert.Equal("akkoord-2024", (string?)agreement["replacedBy"]![0]!["id"]);
        var card = json["card"]!.ToJsonString();
        Assert.Contains("Nieuwere waarde: 310, stand 30 juni 2025 (bron: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)", card, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public async Task VisitJson_LateVisit_HasTheNewestValueAndNoNewer()
    {
        var (code, output, error) = await CliRun.RunAsync("visit", "--json", Late);

        Assert.True(code == 0, error);
        var figure = JsonNode.Parse(output)!["figures"]!.AsArray().Single()!;
        Assert.Equal((310, "2025-06-30"), ((int)figure["value"]!, (string?)figure["asOf"]));
        Assert.Empty(figure["newer"]!.AsArray());
        Assert.DoesNotContain("Nieuwere waarde", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitText_EarlyVisitInEnglish_SaysTheNewerValueUnderTheFigure()
    {
        var (code, output, error) = await CliRun.RunAsync("visit", "--lang", "en", Early);

        Assert.True(code == 0, error);
        var lines = output.Split('\n').Select(l => l.Trim()).ToList();
        var figure = lines.FindIndex(l => l.StartsWith("- 100 people returned to Voorbeeldland", StringComparison.Ordinal));
        Assert.True(figure >= 0, output);
        Assert.Equal("Newer value: 310, as of 30 June 2025 (source: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)", lines[figure + 2]);
        Assert.Contains("Jansen: since succeeded by De Vries, Minister of Test Affairs (16 September 2024, source: TESTDATA: De Vries nieuwe minister van Testzaken)", lines);
    }

    [Fact]
    public async Task VisitDocx_EarlyVisit_TheNoteSaysTheNewerValue()
    {
        var path = Path.Combine(_dir, "early.docx");

        var (code, _, error) = await CliRun.RunAsync("visit", "--docx", path, "--lang", "nl", Early);

        Assert.True(code == 0, error);
        var text = WordText.Read(await File.ReadAllBytesAsync(path));
        Assert.Contains("100 mensen teruggekeerd naar Voorbeeldland (stand 1 maart 2024", text, StringComparison.Ordinal);
        Assert.Contains("Nieuwere waarde: 310, stand 30 juni 2025 (bron: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)", text, StringComparison.Ordinal);
        Assert.Contains("Inmiddels vervangen: Het Terugkeerakkoord van 2024", text, StringComparison.Ordinal);
    }
}
