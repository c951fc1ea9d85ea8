using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Protocol.Invoke;
using CooperationBot.Protocol.Routing;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Tests.Security;

/// <summary>Security cases 29-30: invokes always get an answer: malformed, unknown, or too slow.</summary>
public sealed class InvokeTests
{
    // Case 29
    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("\"help\"")]
    [InlineData("{\"action\":\"help\"}")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\",\"verb\":\"help\"}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\"}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"\"}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":5}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"help\",\"data\":\"x\"}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"no-such-verb\"}}")]
    public async Task PostInvoke_MalformedAdaptiveCardAction_Returns200WithStatusCode400Body(string? value)
    {
        await using var bot = await SecureBot.StartAsync(o => o.UseBotRoutes = true);

        using var response = await bot.PostAsync(
            bot.Invoke(AdaptiveCardAction.InvokeName, value is null ? null : JsonNode.Parse(value)), bot.Header());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["value"]!["message"]));
        Assert.Equal(0, bot.Connector.RequestCount);
    }

    // Case 29 (control): a well-formed Action.Execute gets its card.
    [Fact]
    public async Task PostInvoke_WellFormedAdaptiveCardAction_Returns200WithCard()
    {
        await using var bot = await SecureBot.StartAsync(o => o.UseBotRoutes = true);
        var value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"help","data":{}},"trigger":"manual"}""");

        using var response = await bot.PostAsync(bot.Invoke(AdaptiveCardAction.InvokeName, value), bot.Header());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
    }

    // Case 29
    [Theory]
    [InlineData("no/such-invoke")]
    [InlineData("composeExtension/fetchTask")]
    [InlineData("")]
    public async Task PostInvoke_UnknownInvokeName_Returns501(string name)
    {
        await using var bot = await SecureBot.StartAsync(o => o.UseBotRoutes = true);

        using var response = await bot.PostAsync(bot.Invoke(name, new JsonObject()), bot.Header());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal(0, bot.Connector.RequestCount);
    }

    // Case 30: an Action.Execute whose handler never finishes is answered with a message within the ack budget.
    [Fact]
    public async Task PostInvoke_CardActionHandlerNeverFinishes_FallbackAnswerWithinAckBudget()
    {
        var never = new TaskCompletionSource<AdaptiveCardInvokeResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await using var bot = await StartWithAckBudgetOfOneSecondAsync(new ActivityRouter().OnCardAction("slow", (_, _, _) => never.Task));
            var value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"slow"}}""");

            var (response, elapsed) = await TimePostAsync(bot, bot.Invoke(AdaptiveCardAction.InvokeName, value));

            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                Assert.Equal(200, (int?)body["statusCode"]);
                Assert.Equal(AdaptiveCardInvokeResponse.MessageType, (string?)body["type"]);
                Assert.False(string.IsNullOrWhiteSpace((string?)body["value"]));
            }

            AssertWithinBudget(elapsed);
        }
        finally
        {
            never.TrySetCanceled();
        }
    }

    // Case 30: a message-extension search whose handler never finishes is answered with a message within the ack budget.
    [Fact]
    public async Task PostInvoke_ComposeExtensionQueryNeverFinishes_FallbackMessageWithinAckBudget()
    {
        var never = new TaskCompletionSource<ComposeExtensionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await using var bot = await StartWithAckBudgetOfOneSecondAsync(new ActivityRouter().OnComposeExtensionQuery("slow", (_, _, _) => never.Task));

            var (response, elapsed) = await TimePostAsync(bot, bot.Invoke(ComposeExtensionInvokes.Query, JsonNode.Parse("""{"commandId":"slow"}""")));

            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                Assert.Equal("message", (string?)body["composeExtension"]!["type"]);
                Assert.StartsWith("Dit duurt te lang.", (string?)body["composeExtension"]!["text"], StringComparison.Ordinal);
            }

            AssertWithinBudget(elapsed);
        }
        finally
        {
            never.TrySetCanceled();
        }
    }

    // A message-extension handler that throws: a 200 message (Teams shows it in the result pane), never a 500.
    [Fact]
    public async Task PostInvoke_ComposeExtensionSelectItemThrows_Answers200WithMessage()
    {
        await using var bot = await SecureBot.StartAsync(o =>
            o.Router = new ActivityRouter().OnComposeExtensionSelectItem("itemId", (_, _, _, _) => throw new InvalidOperationException("boom")));

        using var response = await bot.PostAsync(bot.Invoke(ComposeExtensionInvokes.SelectItem, JsonNode.Parse("""{"itemId":"x"}""")), bot.Header());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("message", (string?)body["composeExtension"]!["type"]);
        Assert.StartsWith("Er ging iets mis", (string?)body["composeExtension"]!["text"], StringComparison.Ordinal);
    }

    // Case 30: any other invoke gets an empty 200 within the budget.
    [Fact]
    public async Task PostInvoke_InvokeHandlerNeverFinishes_Empty200WithinAckBudget()
    {
        var never = new TaskCompletionSource<InvokeResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await using var bot = await StartWithAckBudgetOfOneSecondAsync(new ActivityRouter().OnInvoke("message/submitAction", (_, _) => never.Task));

            var (response, elapsed) = await TimePostAsync(bot, bot.Invoke("message/submitAction", new JsonObject()));

            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
            }

            AssertWithinBudget(elapsed);
        }
        finally
        {
            never.TrySetCanceled();
        }
    }

    private static Task<SecureBot> StartWithAckBudgetOfOneSecondAsync(ActivityRouter router) => SecureBot.StartAsync(o =>
    {
        o.Time = TimeProvider.System;
        o.Router = router;
        o.Settings["Bot:AckBudgetSeconds"] = "1";
    });

    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimePostAsync(SecureBot bot, JsonObject activity)
    {
        var header = bot.Header();
        var clock = Stopwatch.StartNew();
        var response = await bot.PostAsync(activity, header);
        return (response, clock.Elapsed);
    }

    // The handler really was waited for (at least the budget), and the answer came long before Teams' 15 s.
    private static void AssertWithinBudget(TimeSpan elapsed) => Assert.InRange(elapsed.TotalSeconds, 0.9, 10);
}
