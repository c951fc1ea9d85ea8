using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Cli;

public class VisitCommandTests
{
    [Fact]
    public async Task Visit_Json_HasTheSummaryFieldsCitationsAndCard()
    {
        var (code, output, error) = await CliRun.RunAsync("visit", "--json", "Marokko");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("bezoek-marokko-2023-02-21", (string?)json["visitId"]);
        Assert.Equal("nl", (string?)json["language"]);
        Assert.Equal("2023-02-21", (string?)json["date"]);
        Assert.Equal("Laftit", (string?)json["counterparts"]![0]!["name"]);
        Assert.Equal("Marokkaanse minister van Binnenlandse Zaken", (string?)json["counterparts"]![0]!["role"]);
        var figure = json["figures"]![0]!;
        Assert.Equal(125, (int)figure["value"]!);
        Assert.Equal("2023-02-21", (string?)figure["asOf"]);
        Assert.Equal(10, (int)figure["source"]!["paragraph"]!);
        Assert.Empty(figure["newer"]!.AsArray());
        Assert.Empty(figure["sameDate"]!.AsArray());
        Assert.Empty(figure["replacedBy"]!.AsArray());
        Assert.Empty(json["counterparts"]![0]!["replacedBy"]!.AsArray());
        Assert.DoesNotContain("Nieuwere waarde", output, StringComparison.Ordinal);
        Assert.Equal(["IOM", "UNHCR", "ILO"], json["organisationsVisited"]!.AsArray().Select(o => (string?)o!["abbreviation"]));
        Assert.Equal("Ministerie van Justitie en Veiligheid", (string?)json["sources"]![0]!["publisher"]);
        Assert.Empty(json["outcomes"]!.AsArray());
        Assert.Null(json["briefingUrl"]);
        CardSchemaValidator.AssertValid(json["card"]!.ToJsonString());
    }

    [Fact]
    public async Task Visit_TextInEnglish_PrintsTheSectionsWithSources()
    {
        var (code, output, _) = await CliRun.RunAsync("visit", "--lang", "en", "Laftit", "2023");

        Assert.Equal(0, code);
        Assert.StartsWith("Introductory visit of State Secretary Van der Burg to Minister Laftit in Morocco", output);
        foreach (var text in new[] { "Date: 21 February 2023", "Counterparts", "Laftit, Moroccan Minister of the Interior", "Key figures", "As of 21 February 2023", "United Nations High Commissioner for Refugees (UNHCR)", "Source [1], paragraph 10", "Sources" })
        {
            Assert.Contains(text, output);
        }

        Assert.DoesNotContain("Outcomes and agreements", output);
    }

    [Fact]
    public async Task Visit_NoMatch_Exits1ListingTheKnownVisits()
    {
        var (code, output, error) = await CliRun.RunAsync("visit", "Atlantis");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("Geen bezoek bij 'Atlantis'. Bekende bezoeken:", error);
        Assert.Contains("2023-02-21  bezoek-marokko-2023-02-21", error);
    }

    [Theory]
    [InlineData()]
    [InlineData("--json")]
    [InlineData("--lang", "de", "Marokko")]
    [InlineData("--bogus", "Marokko")]
    [InlineData("--docx")]
    public async Task Visit_BadArguments_Exits2WithUsage(params string[] args)
    {
        var (code, _, error) = await CliRun.RunAsync(["visit", .. args]);

        Assert.Equal(2, code);
        Assert.Contains("Usage: visit", error);
    }
}
