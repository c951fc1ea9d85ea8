using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Bot;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Protocol.Routing;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Tests.Endpoints;

/// <summary>
/// Issue 19: a message-extension search has its own budget (Teams gives up after about 5 s), shorter than a turn's,
/// and no store write on its path. Through the real host with the bot's own routes.
/// </summary>
public sealed class MessageExtensionBudgetTests
{
    private static readonly TimeSpan SlowSearch = TimeSpan.FromSeconds(15);

    private static JsonObject Query(string text)
    {
        var activity = Activities.Invoke(
            "composeExtension/query",
            new JsonObject
            {
                ["commandId"] = "searchKnowledge",
                ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = text }),
            });
        activity["locale"] = "nl-NL";
        return activity;
    }

    /// <summary>The bot's routes behind a step that makes every search take <see cref="SlowSearch"/>.</summary>
    private static void SlowSearches(IServiceCollection services) =>
        services.AddSingleton(new ActivityRouter()
            .Use((context, cancellationToken) => context.Activity.Name == "composeExtension/query"
                ? Task.Delay(SlowSearch, cancellationToken)
                : Task.CompletedTask)
            .MapCooperationBot());

    [Fact]
    public async Task Post_SearchSlowerThanItsBudget_BotsOwnMessageWithinFourSeconds()
    {
        await using var host = await BotTestHost.StartAsync(overrideServices: SlowSearches);
        var clock = Stopwatch.StartNew();

        using var response = await host.PostActivityAsync(Query("Marokko"));

        var elapsed = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // 4 s budget; the upper bound leaves room for a loaded machine, and stays far below the 15 s search and the 10 s turn budget.
        Assert.InRange(elapsed, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(8));
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["composeExtension"]!;
        Assert.Equal("message", (string?)result["type"]);
        Assert.Contains("Dit duurt te lang", (string?)result["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Search_WritesNoConversationReference()
    {
        await using var host = await BotTestHost.StartAsync();
        var store = host.Services.GetRequiredService<IDigestStore>();

        using var search = await host.PostActivityAsync(Query("Marokko"));
        var afterSearch = await store.FindConversationAsync("a:personal-chat-1", CancellationToken.None);
        using var message = await host.PostActivityAsync(Activities.Message("help"));
        var afterMessage = await store.FindConversationAsync("a:personal-chat-1", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("composeExtension", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(afterSearch);
        Assert.NotNull(afterMessage);
    }
}
