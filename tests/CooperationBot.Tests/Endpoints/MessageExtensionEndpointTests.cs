using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Endpoints;

/// <summary>The search message extension through the real host: invokes POSTed to /api/messages, answered in the HTTP 200 body.</summary>
public class MessageExtensionEndpointTests
{
    private static JsonObject Query(string text, string locale = "nl-NL")
    {
        var activity = Activities.Invoke(
            "composeExtension/query",
            new JsonObject
            {
                ["commandId"] = "searchKnowledge",
                ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = text }),
                ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
            });
        activity["locale"] = locale;
        return activity;
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(BotTestHost host, JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Post_Query_Answers200WithResultListOfFactCardsAndPreviews()
    {
        await using var host = await BotTestHost.StartAsync();

        var (status, body) = await PostAsync(host, Query("Hoeveel Marokkanen zijn teruggekeerd?"));

        Assert.Equal(HttpStatusCode.OK, status);
        var result = body["composeExtension"]!;
        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachments = result["attachments"]!.AsArray();
        Assert.InRange(attachments.Count, 1, 10);
        var first = attachments[0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)first["contentType"]);
        CardSchemaValidator.AssertValid(first["content"]!.ToJsonString());
        Assert.Contains("125 Marokkaanse vreemdelingen", first["content"]!.ToJsonString(), StringComparison.Ordinal);
        var preview = first["preview"]!;
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)preview["contentType"]);
        Assert.Contains("21 februari 2023", (string?)preview["content"]!["text"], StringComparison.Ordinal);
        Assert.Equal("invoke", (string?)preview["content"]!["tap"]!["type"]);
        Assert.Equal("terugkeer-125", (string?)preview["content"]!["tap"]!["value"]!["itemId"]);
    }

    // One language per person: the words of the search tell the language of the results; the locale is only a guess.
    [Theory]
    [InlineData("Hoeveel Marokkanen zijn teruggekeerd?", "en-US", "125 Marokkaanse vreemdelingen", "21 februari 2023")]
    [InlineData("How many Moroccans have returned?", "nl-NL", "125 Moroccan nationals", "21 February 2023")]
    public async Task Post_QueryInOneLanguageUnderTheOtherLocale_ResultsInTheLanguageOfTheSearch(
        string text, string locale, string fact, string date)
    {
        await using var host = await BotTestHost.StartAsync();

        var (status, body) = await PostAsync(host, Query(text, locale));

        Assert.Equal(HttpStatusCode.OK, status);
        var first = body["composeExtension"]!["attachments"]![0]!;
        Assert.Contains(fact, first["content"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(date, (string?)first["preview"]!["content"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SelectItemWithThePreviewsTapValue_Answers200WithTheSingleFactCard()
    {
        await using var host = await BotTestHost.StartAsync();
        var (_, results) = await PostAsync(host, Query("How many Moroccans have returned?", "en-US"));
        var tapValue = results["composeExtension"]!["attachments"]![0]!["preview"]!["content"]!["tap"]!["value"]!.DeepClone();

        var (status, body) = await PostAsync(host, Activities.Invoke("composeExtension/selectItem", tapValue));

        Assert.Equal(HttpStatusCode.OK, status);
        var attachment = Assert.Single(body["composeExtension"]!["attachments"]!.AsArray())!;
        Assert.Null(attachment["preview"]);
        var card = attachment["content"]!.ToJsonString();
        CardSchemaValidator.AssertValid(card);
        Assert.Contains("125 Moroccan nationals", card, StringComparison.Ordinal);
        Assert.Contains("From the CooperationBot knowledge file", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_QueryThatFindsNothing_Answers200WithMessage()
    {
        await using var host = await BotTestHost.StartAsync();

        // A word with no hint of either language: the locale's language.
        var (status, body) = await PostAsync(host, Query("qwrtz"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            """{"composeExtension":{"type":"message","text":"Niets gevonden in de kennisbank voor \u201Cqwrtz\u201D."}}""",
            body.ToJsonString());
    }

    [Theory]
    [InlineData("composeExtension/query", """{"commandId":"searchKnowledge","parameters":"terugkeer"}""", "The query parameters must be an array.")]
    [InlineData("composeExtension/query", """{"commandId":"other","parameters":[]}""", "Unknown command 'other'.")]
    [InlineData("composeExtension/query", "\"terugkeer\"", "The invoke value must be an object.")]
    [InlineData("composeExtension/selectItem", """{"factId":"terugkeer-125"}""", "The selected item's value has no 'itemId'.")]
    [InlineData("composeExtension/selectItem", """["terugkeer-125"]""", "The selected item's value must be an object.")]
    public async Task Post_MalformedInvoke_Answers400WithTheReason(string name, string value, string reason)
    {
        await using var host = await BotTestHost.StartAsync();

        var (status, body) = await PostAsync(host, Activities.Invoke(name, JsonNode.Parse(value)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, (int?)body["status"]);
        Assert.Equal("Bad Request", (string?)body["title"]);
        Assert.Equal(reason, (string?)body["detail"]);
    }
}
