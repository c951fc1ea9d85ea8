using System.Text.Json.Nodes;
using CooperationBot.Protocol.Processing;
using CooperationBot.Protocol.Routing;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Protocol.Tests.Routing;

public class ComposeExtensionRoutingTests
{
    private readonly List<string> _calls = [];

    private ActivityRouter CreateRouter() => new ActivityRouter()
        .OnComposeExtensionQuery("search", (_, query, _) =>
        {
            _calls.Add("search:" + query.ValueOf("query"));
            return Task.FromResult(ComposeExtensionResponse.Message("found " + query.ValueOf("query")));
        })
        .OnComposeExtensionSelectItem("itemId", (_, itemId, value, _) =>
        {
            _calls.Add("select:" + itemId + ":" + value["lang"]);
            return Task.FromResult(ComposeExtensionResponse.Message("picked " + itemId));
        });

    private static async Task<TurnContext> RouteAsync(ActivityRouter router, string name, string value)
    {
        var context = new TurnContext(
            new Activity { Type = "invoke", Name = name, Value = JsonNode.Parse(value) }, null, new BufferedReplySink(), new NoServices());
        await router.RouteAsync(context, CancellationToken.None);
        return context;
    }

    private static string TextOf(TurnContext context) =>
        Assert.IsType<ComposeExtensionResponse>(context.InvokeResponse!.Body).ComposeExtension.Text!;

    [Fact]
    public async Task RouteAsync_QueryForRegisteredCommand_Answers200FromHandler()
    {
        var context = await RouteAsync(CreateRouter(), "composeExtension/query", """{"commandId":"search","parameters":[{"name":"query","value":"terugkeer"}]}""");

        Assert.Equal(200, context.InvokeResponse!.Status);
        Assert.Equal("found terugkeer", TextOf(context));
        Assert.Equal(["search:terugkeer"], _calls);
    }

    [Fact]
    public async Task RouteAsync_QueryForUnknownCommand_Answers400NamingIt()
    {
        var context = await RouteAsync(CreateRouter(), "composeExtension/query", """{"commandId":"other","parameters":[]}""");

        Assert.Equal(400, context.InvokeResponse!.Status);
        Assert.Equal(new ProblemBody(400, "Bad Request", "Unknown command 'other'."), context.InvokeResponse.Body);
        Assert.Empty(_calls);
    }

    [Theory]
    [InlineData("\"text\"", "The invoke value must be an object.")]
    [InlineData("""{"commandId":"search","parameters":[{"name":"query","value":5}]}""", "The value of query parameter 'query' must be a string.")]
    [InlineData("""{"commandId":"search","queryOptions":{"skip":-5}}""", "The queryOptions skip and count must be whole numbers of zero or more.")]
    public async Task RouteAsync_MalformedQuery_Answers400WithTheReason(string value, string reason)
    {
        var context = await RouteAsync(CreateRouter(), "composeExtension/query", value);

        Assert.Equal(400, context.InvokeResponse!.Status);
        Assert.Equal(new ProblemBody(400, "Bad Request", reason), context.InvokeResponse.Body);
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task RouteAsync_SelectItemWithId_Answers200FromHandlerWithIdAndValue()
    {
        var context = await RouteAsync(CreateRouter(), "composeExtension/selectItem", """{"itemId":"f1","lang":"en"}""");

        Assert.Equal(200, context.InvokeResponse!.Status);
        Assert.Equal("picked f1", TextOf(context));
        Assert.Equal(["select:f1:en"], _calls);
    }

    [Theory]
    [InlineData("[\"f1\"]", "The selected item's value must be an object.")]
    [InlineData("null", "The selected item's value must be an object.")]
    [InlineData("""{"id":"f1"}""", "The selected item's value has no 'itemId'.")]
    [InlineData("""{"itemId":""}""", "The selected item's value has no 'itemId'.")]
    [InlineData("""{"itemId":12}""", "The selected item's value has no 'itemId'.")]
    public async Task RouteAsync_MalformedSelectItem_Answers400WithTheReason(string value, string reason)
    {
        var context = await RouteAsync(CreateRouter(), "composeExtension/selectItem", value);

        Assert.Equal(400, context.InvokeResponse!.Status);
        Assert.Equal(new ProblemBody(400, "Bad Request", reason), context.InvokeResponse.Body);
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task RouteAsync_ComposeExtensionInvokesWithoutRegistration_Answer501()
    {
        var router = new ActivityRouter();

        var query = await RouteAsync(router, "composeExtension/query", """{"commandId":"search"}""");
        var select = await RouteAsync(router, "composeExtension/selectItem", """{"itemId":"f1"}""");

        Assert.Equal(501, query.InvokeResponse!.Status);
        Assert.Equal(501, select.InvokeResponse!.Status);
    }

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
