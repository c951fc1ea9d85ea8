using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Testing;
using CooperationBot.Testing.Cards;
using CooperationBot.Testing.Knowledge;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Visits;

/// <summary>Visit commands and buttons through the real host (expectReplies): summary, list, choice, not found.</summary>
public sealed class VisitEndpointTests : IDisposable
{
    private const string VisitId = "bezoek-marokko-2023-02-21";

    private readonly TempKnowledgeFolder _folder = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));

    public void Dispose() => _folder.Dispose();

    private static JsonObject CardOf(JsonNode reply) => reply["attachments"]![0]!["content"]!.AsObject();

    private static string Heading(JsonObject card) => (string)card["body"]![0]!["text"]!;

    private static async Task<JsonObject> SendAsync(BotTestHost host, JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return CardOf(Assert.Single(await BotTestHost.ReadRepliesAsync(response))!);
    }

    private static JsonObject Submit(JsonObject data)
    {
        var submit = Activities.Message(string.Empty);
        submit.Remove("text");
        submit["value"] = data;
        return submit;
    }

    [Fact]
    public async Task Post_BezoekMarokko_AnswersTheSummaryCard()
    {
        await using var host = await BotTestHost.StartAsync();

        var card = await SendAsync(host, Activities.Message("bezoek Marokko"));

        var json = card.ToJsonString();
        Assert.Equal("nl", (string?)card["lang"]);
        Assert.Contains("Kennismakingsbezoek van staatssecretaris Van der Burg aan minister Laftit in Marokko", json);
        Assert.Contains("Marokkaanse minister van Binnenlandse Zaken", json);
        Assert.Contains("125 Marokkaanse vreemdelingen teruggekeerd", json);
        Assert.Contains("(UNHCR)", json);
        CardSchemaValidator.AssertValid(json);
    }

    [Fact]
    public async Task Post_VisitsLaftit_AnswersTheEnglishListWithAVisitButton()
    {
        await using var host = await BotTestHost.StartAsync();

        var card = await SendAsync(host, Activities.Message("visits Laftit"));

        Assert.Equal("Visits", Heading(card));
        var button = card["body"]![1]!["items"]![2]!["actions"]![0]!;
        Assert.Equal("Action.Submit", (string?)button["type"]);
        Assert.Equal("visit", (string?)button["data"]!["verb"]);
        Assert.Equal(VisitId, (string?)button["data"]!["visitId"]);
        Assert.Equal("en", (string?)button["data"]!["lang"]);
        CardSchemaValidator.AssertValid(card.ToJsonString());
    }

    [Fact]
    public async Task Post_VisitButton_AnswersTheSummaryInTheButtonsLanguage()
    {
        await using var host = await BotTestHost.StartAsync();

        var card = await SendAsync(host, Submit(new JsonObject { ["verb"] = "visit", ["visitId"] = VisitId, ["lang"] = "en" }));

        Assert.Equal("en", (string?)card["lang"]);
        Assert.Contains("Moroccan Minister of the Interior", card.ToJsonString());
    }

    [Fact]
    public async Task Post_AllVisitsButton_AnswersTheList()
    {
        await using var host = await BotTestHost.StartAsync();

        var card = await SendAsync(host, Submit(new JsonObject { ["verb"] = "visits", ["lang"] = "nl" }));

        Assert.Equal("Bezoeken", Heading(card));
    }

    [Theory]
    [InlineData("bezoeken 1999", "Geen bezoek gevonden")]
    [InlineData("visit Atlantis", "No visit found")]
    public async Task Post_NoVisitMatches_AnswersNotFoundListingTheKnownVisits(string text, string heading)
    {
        await using var host = await BotTestHost.StartAsync();

        var card = await SendAsync(host, Activities.Message(text));

        Assert.Equal(heading, Heading(card));
        Assert.Contains(VisitId, card.ToJsonString());
    }

    [Fact]
    public async Task Post_SeveralVisitsMatch_AnswersTheChoiceCard()
    {
        _folder.Write(_folder.Read().TrimEnd() + """

              - id: bezoek-rabat-2024-05-01
                title: { nl: "Werkbezoek aan Rabat", en: "Working visit to Rabat" }
                date: 2024-05-01
                place: { nl: "Rabat, Marokko", en: "Rabat, Morocco" }
                purpose: { nl: "Vervolg op de kennismaking.", en: "Follow-up of the introduction." }
                delegation: [van-der-burg]
                counterparts: [laftit]
                sources:
                  - source: jenv-2023-02-21-bezoek-laftit
                    paragraph: 2
                    evidence: "Staatssecretaris Van der Burg bracht 21 februari een kennismakingsbezoek in Marokko aan Marokkaanse minister Laftit van Binnenlandse Zaken."

            """);
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = _folder.KnowledgePath });

        var card = await SendAsync(host, Activities.Message("bezoek Laftit"));

        Assert.Equal("Welk bezoek bedoel je?", Heading(card));
        var json = card.ToJsonString();
        Assert.True(json.IndexOf("bezoek-rabat-2024-05-01", StringComparison.Ordinal) < json.IndexOf(VisitId, StringComparison.Ordinal), "newest first");
        CardSchemaValidator.AssertValid(json);
    }

    [Fact]
    public async Task Invoke_ExecuteVisit_AnswersTheSummaryCardInPlace()
    {
        await using var host = await BotTestHost.StartAsync();
        var value = JsonNode.Parse($$$"""{"action":{"type":"Action.Execute","verb":"visit","data":{"visitId":"{{{VisitId}}}","lang":"en"}},"trigger":"manual"}""");

        using var response = await host.PostActivityAsync(Activities.Invoke("adaptiveCard/action", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("Introductory visit", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task Invoke_ExecuteVisitWithoutId_Answers400Body()
    {
        await using var host = await BotTestHost.StartAsync();
        var value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"visit","data":{}}}""");

        using var response = await host.PostActivityAsync(Activities.Invoke("adaptiveCard/action", value));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task Post_QuestionMentioningAVisit_IsStillAnswered()
    {
        await using var host = await BotTestHost.StartAsync();

        var card = await SendAsync(host, Activities.Message("Hoeveel Marokkanen zijn teruggekeerd na het bezoek?"));

        Assert.Contains("125 Marokkaanse vreemdelingen", card.ToJsonString());
        Assert.NotEqual("Bezoek uit de kennisbank", Heading(card));
    }

    /// <summary>Every text in the container with this id, at any depth.</summary>
    private static List<string> TextsIn(JsonNode node, string id)
    {
        var found = new List<string>();
        void Walk(JsonNode? current, bool inside)
        {
            switch (current)
            {
                case JsonObject item:
                    var here = inside || (string?)item["id"] == id;
                    if (here && item["text"] is JsonValue text)
                    {
                        found.Add((string)text!);
                    }

                    foreach (var (_, child) in item)
                    {
                        Walk(child, here);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Walk(child, inside);
                    }

                    break;
            }
        }

        Walk(node, false);
        return found;
    }

    // Issue 19: a fact shown in a section (the key figure, the organisations visited) is not listed again under related facts.
    [Theory]
    [InlineData("bezoek Marokko", "nl-NL")]
    [InlineData("visit Morocco", "en-US")]
    public async Task Post_Visit_RelatedFactsRepeatNoSection(string text, string locale)
    {
        await using var host = await BotTestHost.StartAsync();

        var card = await SendAsync(host, Activities.Message(text, locale: locale));

        var related = TextsIn(card, "related-facts");
        Assert.NotEmpty(related);
        Assert.DoesNotContain(related, line => line.Contains("125", StringComparison.Ordinal));
        Assert.DoesNotContain(related, line => line.Contains("International Organization for Migration", StringComparison.Ordinal));
        Assert.Contains(related, line => line.Contains("Laftit", StringComparison.Ordinal));
        var json = card.ToJsonString();
        Assert.Contains("International Organization for Migration", json, StringComparison.Ordinal);
        Assert.Contains("125", json, StringComparison.Ordinal);
    }

    // Issue 19: the knowledge version is shown as a date, not as a hash.
    [Theory]
    [InlineData("bezoek Marokko", "nl-NL", "Kennis van 21 februari 2023", "Kennisversie")]
    [InlineData("visit Morocco", "en-US", "Knowledge of 21 February 2023", "Knowledge version")]
    public async Task Post_Visit_ShowsTheKnowledgeAsADate(string text, string locale, string shown, string notShown)
    {
        await using var host = await BotTestHost.StartAsync();

        var json = (await SendAsync(host, Activities.Message(text, locale: locale))).ToJsonString();

        Assert.Contains(shown, json, StringComparison.Ordinal);
        Assert.DoesNotContain(notShown, json, StringComparison.Ordinal);
    }
}
