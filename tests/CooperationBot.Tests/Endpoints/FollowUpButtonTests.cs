using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Endpoints;

/// <summary>
/// Follow-up question buttons through the real host: whatever a client sends for a click (the question as the user's
/// text, as Teams' <c>imBack</c> would; the button's submit data; or both in one message), the bot answers exactly once,
/// with the same answer as to the question typed.
/// </summary>
public class FollowUpButtonTests
{
    private static JsonObject CardOf(JsonNode reply) => reply["attachments"]![0]!["content"]!.AsObject();

    private static async Task<JsonArray> PostAsync(BotTestHost host, JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BotTestHost.ReadRepliesAsync(response);
    }

    /// <summary>The data of the first follow-up button under the answer to the return question.</summary>
    private static async Task<JsonObject> FollowUpDataAsync(BotTestHost host)
    {
        var reply = Assert.Single(await PostAsync(host, Activities.Message("Hoeveel Marokkanen zijn teruggekeerd?")))!;
        var card = CardOf(reply);
        CardSchemaValidator.AssertValid(card.ToJsonString());
        var ask = card["actions"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["data"]?["verb"] == "ask");
        Assert.Equal("Action.Submit", (string?)ask["type"]);
        return ask["data"]!.AsObject();
    }

    private static async Task AssertOneAnswerAsTypedAsync(BotTestHost host, JsonObject click, string question)
    {
        var reply = Assert.Single(await PostAsync(host, click))!;

        var typed = Assert.Single(await PostAsync(host, Activities.Message(question)))!;
        Assert.Equal((string?)typed["text"], (string?)reply["text"]);
        Assert.Equal(CardOf(typed).ToJsonString(), CardOf(reply).ToJsonString());
    }

    [Fact]
    public async Task FollowUp_AsTheUsersText_GetsExactlyOneAnswer()
    {
        await using var host = await BotTestHost.StartAsync();
        var question = (string)(await FollowUpDataAsync(host))["question"]!;

        await AssertOneAnswerAsTypedAsync(host, Activities.Message(question), question);
    }

    [Fact]
    public async Task FollowUp_AsSubmitData_GetsExactlyOneAnswer()
    {
        await using var host = await BotTestHost.StartAsync();
        var data = await FollowUpDataAsync(host);
        var submit = Activities.Message(string.Empty);
        submit.Remove("text");
        submit["value"] = data.DeepClone();

        await AssertOneAnswerAsTypedAsync(host, submit, (string)data["question"]!);
    }

    [Fact]
    public async Task FollowUp_AsTextAndSubmitDataInOneMessage_GetsExactlyOneAnswer()
    {
        await using var host = await BotTestHost.StartAsync();
        var data = await FollowUpDataAsync(host);
        var question = (string)data["question"]!;
        var both = Activities.Message(question);
        both["value"] = data.DeepClone();

        await AssertOneAnswerAsTypedAsync(host, both, question);
    }
}
