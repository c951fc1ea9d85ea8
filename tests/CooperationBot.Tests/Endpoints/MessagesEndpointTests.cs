using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Endpoints;

/// <summary>The messaging endpoint in development mode (no app id): what a local client sees.</summary>
public class MessagesEndpointTests
{
    private static JsonObject CardOf(JsonNode reply) =>
        reply["attachments"]![0]!["content"]!.AsObject();

    private static string Heading(JsonNode reply) => (string)CardOf(reply)["body"]![0]!["text"]!;

    [Theory]
    [InlineData("hulp", "en-US", "CooperationBot: wat ik kan")]
    [InlineData("help", "nl-NL", "CooperationBot: wat ik kan")]
    [InlineData("help", "en-US", "CooperationBot: what I can do")]
    [InlineData("What can you do?", "nl-NL", "CooperationBot: what I can do")]
    public async Task Post_HelpWithExpectReplies_Answers200WithValidHelpCard(string text, string locale, string heading)
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostActivityAsync(Activities.Message(text, locale: locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply["attachments"]![0]!["contentType"]);
        Assert.Equal(heading, Heading(reply));
        CardSchemaValidator.AssertValid(CardOf(reply).ToJsonString());
    }

    [Fact]
    public async Task Post_HelpReply_IsAddressedBackToTheSender()
    {
        await using var host = await BotTestHost.StartAsync();
        var inbound = Activities.Message("hulp", id: "msg-7");

        using var response = await host.PostActivityAsync(inbound);

        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal(Activities.BotId, (string?)reply["from"]!["id"]);
        Assert.Equal("29:user-1", (string?)reply["recipient"]!["id"]);
        Assert.Equal("a:personal-chat-1", (string?)reply["conversation"]!["id"]);
        Assert.Equal("msg-7", (string?)reply["replyToId"]);
        Assert.Null(reply["serviceUrl"]);
        Assert.Null(reply["id"]);
    }

    [Fact]
    public async Task Post_SubmitHelpInEnglish_AnswersEnglishHelpCard()
    {
        await using var host = await BotTestHost.StartAsync();
        var submit = Activities.Message(string.Empty);
        submit.Remove("text");
        submit["value"] = new JsonObject { ["verb"] = "help", ["lang"] = "en" };

        using var response = await host.PostActivityAsync(submit);

        Assert.Equal("CooperationBot: what I can do", Heading(Assert.Single(await BotTestHost.ReadRepliesAsync(response))!));
    }

    [Fact]
    public async Task Post_ExecuteHelpAction_ReplacesCardInline()
    {
        await using var host = await BotTestHost.StartAsync();
        var invoke = Activities.Invoke(
            "adaptiveCard/action",
            JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"help","data":{"lang":"en"}},"trigger":"manual"}"""));

        using var response = await host.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("CooperationBot: what I can do", (string?)body["value"]!["body"]![0]!["text"]);
        CardSchemaValidator.AssertValid(body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task Post_InstallThenConversationUpdate_WelcomesOnce()
    {
        await using var host = await BotTestHost.StartAsync();
        var install = Activities.Base("installationUpdate");
        install["action"] = "add";
        install["deliveryMode"] = "expectReplies";
        var added = Activities.Base("conversationUpdate");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:user-1" }, new JsonObject { ["id"] = Activities.BotId });
        added["deliveryMode"] = "expectReplies";

        using var first = await host.PostActivityAsync(install);
        using var second = await host.PostActivityAsync(added);

        var welcome = Assert.Single(await BotTestHost.ReadRepliesAsync(first))!;
        Assert.Equal("Welkom bij CooperationBot", Heading(welcome));
        CardSchemaValidator.AssertValid(CardOf(welcome).ToJsonString());
        Assert.Empty(await BotTestHost.ReadRepliesAsync(second));
    }

    [Fact]
    public async Task Post_ConversationUpdateWithoutTheBot_SendsNothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var added = Activities.Base("conversationUpdate");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });
        added["deliveryMode"] = "expectReplies";

        using var response = await host.PostActivityAsync(added);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await BotTestHost.ReadRepliesAsync(response));
    }

    [Fact]
    public async Task Post_NormalDelivery_RepliesThroughTheConnectorWithoutToken()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        await using var host = await BotTestHost.StartAsync();
        var message = Activities.Message("hulp", id: "m:1;x", expectReplies: false);
        message["serviceUrl"] = connector.ServiceUrl;

        using var response = await host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await connector.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3Apersonal-chat-1/activities/m%3A1%3Bx", request.RawPath);
        Assert.Null(request.Authorization);
        Assert.Equal("CooperationBot: wat ik kan", (string?)request.BodyJson()!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task Get_Healthz_Answers200()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    public async Task NonPost_Answers405WithAllowHeader(string method)
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }
}
