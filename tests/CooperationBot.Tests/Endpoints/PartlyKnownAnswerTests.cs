using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Endpoints;

/// <summary>
/// A question next to the knowledge through the real host: the message text leads with what is missing, then cites the
/// nearest fact as what is known (never as the answer); the card shows where that comes from without repeating it;
/// chat, the command line and the JSON Lines mode give the same outcome.
/// </summary>
public sealed class PartlyKnownAnswerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-partly-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("Hoeveel vrouwen keerden terug naar Marokko?", "Dit weet ik maar gedeeltelijk", "Het aantal \u201evrouwen\u201d staat niet apart in de kennisbank.", "Wat wel bekend is:")]
    [InlineData("How many Moroccan women have returned?", "I only partly know this", "The number of \u201cwomen\u201d is not given separately in the knowledge base.", "What is known:")]
    public async Task Post_NearMiss_AnswersThePartlyKnownCardLeadingWithWhatIsMissing(string question, string heading, string missing, string known)
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostActivityAsync(Activities.Message(question, locale: "nl-NL"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
        var card = reply["attachments"]![0]!["content"]!.AsObject();
        var json = card.ToJsonString();
        var body = card["body"]!.AsArray();
        Assert.Equal(heading, (string?)body[0]!["text"]);
        Assert.DoesNotContain(body, e => (string?)e!["text"] == missing);
        Assert.DoesNotContain(body, e => ((string?)e!["text"] ?? string.Empty).Contains("125", StringComparison.Ordinal));
        Assert.Contains("Ministerie van Justitie en Veiligheid", json);
        Assert.DoesNotContain("Antwoord uit de kennisbank", json);
        Assert.DoesNotContain("Answer from the knowledge base", json);
        Assert.DoesNotContain(body, e => (string?)e!["size"] == "medium");
        Assert.StartsWith(missing + " " + known, (string?)card["fallbackText"], StringComparison.Ordinal);
        Assert.Equal((string?)card["fallbackText"], (string?)card["speak"]);
        CardSchemaValidator.AssertValid(json);

        var text = (string?)reply["text"];
        Assert.StartsWith(missing + " " + known + " ", text, StringComparison.Ordinal);
        Assert.Contains("125", text, StringComparison.Ordinal);
        Assert.EndsWith(". [1]", text, StringComparison.Ordinal);
        var citation = Assert.Single(Assert.Single(reply["entities"]!.AsArray())!["citation"]!.AsArray())!;
        Assert.Contains("125", (string?)citation["appearance"]!["abstract"]);
    }

    [Theory]
    [InlineData("Hoeveel vrouwen keerden terug naar Marokko?", "partly", "vrouwen")]
    [InlineData("Keerden er in 2021 ook Marokkanen terug?", "partly", "2021")]
    [InlineData("Wanneer werd de PCR-eis ingevoerd?", "partly", "ingevoerd")]
    [InlineData("Which Egyptian minister did Van der Burg meet?", "partly", "Egyptian")]
    [InlineData("Hoeveel Marokkanen zijn teruggekeerd?", "answered", null)]
    [InlineData("Wat is de hoofdstad van Frankrijk?", "notKnown", null)]
    public async Task Outcome_ChatCliAndJsonLines_AgreeAndNameTheMissingPart(string question, string outcome, string? missing)
    {
        var (code, output, error) = await CliRun.RunAsync("ask", "--json", question);
        Assert.True(code == 0, error);
        var single = JsonNode.Parse(output)!;

        var file = Path.Combine(_dir, "questions.txt");
        await File.WriteAllLinesAsync(file, [question]);
        var (linesCode, lines, linesError) = await CliRun.RunAsync("ask", "--json", "--file", file);
        Assert.True(linesCode == 0, linesError);
        var line = JsonNode.Parse(Assert.Single(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)))!;

        await using var host = await BotTestHost.StartAsync();
        using var response = await host.PostActivityAsync(Activities.Message(question, locale: "nl-NL"));
        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
        var heading = (string?)reply["attachments"]![0]!["content"]!["body"]![0]!["text"];

        Assert.Equal(outcome, (string?)single["outcome"]);
        Assert.Equal(outcome, (string?)line["outcome"]);
        Assert.Equal(outcome == "answered", (bool)single["answered"]!);
        Assert.Equal(outcome == "partly", heading is "Dit weet ik maar gedeeltelijk" or "I only partly know this");
        if (missing is not null)
        {
            Assert.Contains(missing, (string?)single["notKnown"], StringComparison.Ordinal);
            Assert.Null(single["answer"]);
            Assert.NotNull(single["known"]);
            Assert.NotEmpty(single["missing"]!.AsArray());
        }
    }
}
