using System.Text.Json.Nodes;
using CooperationBot.Protocol.Invoke;
using CooperationBot.Protocol.Processing;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Protocol.Tests.Routing;

public class ActivityRouterTests
{
    private readonly List<string> _calls = [];

    private ActivityRouter CreateRouter() => new ActivityRouter()
        .OnMessage("^hulp$", Record("hulp"))
        .OnMessage("^help", Record("help"))
        .OnSubmit("go", Record("submit:go"))
        .OnCardAction("go", (_, action, _) => Task.FromResult(AdaptiveCardInvokeResponse.Message("went " + action.Data["x"])))
        .OnInvoke("custom/thing", (_, _) => Task.FromResult(new InvokeResponse(200, "done")))
        .OnConversationUpdate(Record("conversationUpdate"))
        .OnInstallationUpdate(Record("installationUpdate"))
        .OnMessage(Record("fallback"));

    private TurnHandler Record(string name) => (_, _) =>
    {
        _calls.Add(name);
        return Task.CompletedTask;
    };

    private static TurnContext Context(Activity activity) =>
        new(activity, null, new BufferedReplySink(), new EmptyServiceProvider());

    [Theory]
    [InlineData("hulp", "hulp")]
    [InlineData("HULP", "hulp")]
    [InlineData("help me", "help")]
    [InlineData("wat is dit", "fallback")]
    [InlineData("", "fallback")]
    public async Task RouteAsync_Message_FirstMatchingPatternWins(string text, string expected)
    {
        await CreateRouter().RouteAsync(Context(new Activity { Type = "message", Text = text }), CancellationToken.None);

        Assert.Equal([expected], _calls);
    }

    [Fact]
    public async Task RouteAsync_SubmitWithVerb_GoesToSubmitHandler()
    {
        var activity = new Activity { Type = "message", Value = new JsonObject { ["verb"] = "GO" } };

        await CreateRouter().RouteAsync(Context(activity), CancellationToken.None);

        Assert.Equal(["submit:go"], _calls);
    }

    [Fact]
    public async Task RouteAsync_SubmitWithUnknownVerb_GoesToFallback()
    {
        var activity = new Activity { Type = "message", Value = new JsonObject { ["verb"] = "nothing" } };

        await CreateRouter().RouteAsync(Context(activity), CancellationToken.None);

        Assert.Equal(["fallback"], _calls);
    }

    [Fact]
    public async Task RouteAsync_CardActionWithVerb_AnswersFromHandler()
    {
        var context = Context(new Activity
        {
            Type = "invoke",
            Name = "adaptiveCard/action",
            Value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"go","data":{"x":"far"}},"trigger":"manual"}"""),
        });

        await CreateRouter().RouteAsync(context, CancellationToken.None);

        var body = Assert.IsType<AdaptiveCardInvokeResponse>(context.InvokeResponse!.Body);
        Assert.Equal(200, context.InvokeResponse.Status);
        Assert.Equal("went far", body.Value);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"action":"x"}""")]
    [InlineData("""{"action":{"type":"Action.Submit","verb":"go"}}""")]
    [InlineData("""{"action":{"type":"Action.Execute"}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"go","data":[1]}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"unknown"}}""")]
    public async Task RouteAsync_MalformedCardAction_Answers200WithStatusCode400(string value)
    {
        var context = Context(new Activity { Type = "invoke", Name = "adaptiveCard/action", Value = JsonNode.Parse(value) });

        await CreateRouter().RouteAsync(context, CancellationToken.None);

        Assert.Equal(200, context.InvokeResponse!.Status);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(context.InvokeResponse.Body);
        Assert.Equal(400, body.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.Type);
    }

    [Fact]
    public async Task RouteAsync_UnknownInvoke_Answers501()
    {
        var context = Context(new Activity { Type = "invoke", Name = "nobody/knows" });

        await CreateRouter().RouteAsync(context, CancellationToken.None);

        Assert.Equal(501, context.InvokeResponse!.Status);
    }

    [Fact]
    public async Task RouteAsync_NamedInvoke_AnswersFromHandler()
    {
        var context = Context(new Activity { Type = "invoke", Name = "custom/thing" });

        await CreateRouter().RouteAsync(context, CancellationToken.None);

        Assert.Equal("done", context.InvokeResponse!.Body);
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("installationUpdate")]
    public async Task RouteAsync_Updates_GoToTheirHandlers(string type)
    {
        await CreateRouter().RouteAsync(Context(new Activity { Type = type }), CancellationToken.None);

        Assert.Equal([type], _calls);
    }

    [Fact]
    public async Task RouteAsync_UnknownType_RunsNothing()
    {
        await CreateRouter().RouteAsync(Context(new Activity { Type = "somethingNew" }), CancellationToken.None);

        Assert.Empty(_calls);
    }

    [Theory]
    [InlineData("message", "fallback")]
    [InlineData("installationUpdate", "installationUpdate")]
    [InlineData("somethingNew", null)]
    public async Task RouteAsync_UseHandler_RunsFirstForEveryActivity(string type, string? routedTo)
    {
        var router = CreateRouter().Use(Record("every:1")).Use(Record("every:2"));

        await router.RouteAsync(Context(new Activity { Type = type, Text = "x" }), CancellationToken.None);

        Assert.Equal(routedTo is null ? ["every:1", "every:2"] : ["every:1", "every:2", routedTo], _calls);
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
