using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Endpoints;

/// <summary>
/// Follow-up question buttons through the real host. A button carries Teams' <c>imBack</c> with the whole question, so
/// Teams posts the question as the user's message. Whatever a client sends for a click (the question as the user's
/// text, as Teams' <c>imBack</c> does; the button's submit data; or both in one message), the bot answers exactly once,
/// with the same answer as to the question typed. Only when the chat does not show the question (the submit data alone,
/// as the Agents Playground and older clients send it) does the answer start with "Je vroeg: …" / "You asked: …".
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

    /// <summary>
    /// The data of the first follow-up button under the answer to <paramref name="question"/>; it carries the imBack
    /// with the whole question.
    /// </summary>
    private static async Task<JsonObject> FollowUpDataAsync(BotTestHost host, string question = "Hoeveel Marokkanen zijn teruggekeerd?")
    {
        var reply = Assert.Single(await PostAsync(host, Activities.Message(question)))!;
        var card = CardOf(reply);
        CardSchemaValidator.AssertValid(card.ToJsonString());
        var ask = card["actions"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["data"]?["verb"] == "ask");
        Assert.Equal("Action.Submit", (string?)ask["type"]);
        var data = ask["data"]!.AsObject();
        var followUp = (string?)data["question"];
        Assert.False(string.IsNullOrWhiteSpace(followUp));
        Assert.Equal("imBack", (string?)data["msteams"]?["type"]);
        Assert.Equal(followUp, (string?)data["msteams"]?["value"]);
        return data;
    }

    private static JsonObject SubmitOf(JsonObject data)
    {
        var submit = Activities.Message(string.Empty);
        submit.Remove("text");
        submit["value"] = data.DeepClone();
        return submit;
    }

    /// <summary>
    /// The click gets exactly one reply: the answer to the question typed, after <paramref name="askedLine"/> and an
    /// empty line when given.
    /// </summary>
    private static async Task AssertOneAnswerAsTypedAsync(BotTestHost host, JsonObject click, string question, string? askedLine = null)
    {
        var reply = Assert.Single(await PostAsync(host, click))!;

        var typed = Assert.Single(await PostAsync(host, Activities.Message(question)))!;
        var typedText = (string?)typed["text"];
        Assert.False(string.IsNullOrWhiteSpace(typedText));
        Assert.DoesNotContain("Je vroeg:", typedText, StringComparison.Ordinal);
        Assert.DoesNotContain("You asked:", typedText, StringComparison.Ordinal);
        Assert.Equal(askedLine is null ? typedText : askedLine + "\n\n" + typedText, (string?)reply["text"]);
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
        var question = (string)data["question"]!;

        await AssertOneAnswerAsTypedAsync(host, SubmitOf(data), question, askedLine: "Je vroeg: " + question);
    }

    [Fact]
    public async Task FollowUp_AsSubmitData_InAnEnglishConversation_SaysYouAsked()
    {
        await using var host = await BotTestHost.StartAsync();
        var data = await FollowUpDataAsync(host, "How many Moroccans have returned?");
        var question = (string)data["question"]!;
        Assert.Equal("en", (string?)data["lang"]);

        await AssertOneAnswerAsTypedAsync(host, SubmitOf(data), question, askedLine: "You asked: " + question);
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
