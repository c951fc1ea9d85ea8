using System.Text.Json.Nodes;
using CooperationBot.Testing.Storage;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// Issue 19: "welcome once" is decided in the shared store. Two bot hosts on one PostgreSQL database (a fresh one on
/// the local test server, as the digest two-instance tests use) get Teams' two activities of one installation at the
/// same moment, one each: every conversation gets exactly one welcome card.
/// </summary>
public sealed class WelcomeTwoInstanceTests : IAsyncLifetime
{
    private const int Conversations = 20;
    private TempPostgresDatabase? _database;

    public async Task InitializeAsync() => _database = await TempPostgresDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private Task<BotTestHost> StartInstanceAsync() => BotTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Store:Provider"] = "postgres",
        ["ConnectionStrings:Store"] = _database!.ConnectionString,
    });

    private static JsonObject InConversation(JsonObject activity, string conversationId)
    {
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = Activities.TenantId };
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private static JsonObject InstallationAdd(string conversationId)
    {
        var activity = Activities.Base("installationUpdate");
        activity["action"] = "add";
        return InConversation(activity, conversationId);
    }

    private static JsonObject BotAdded(string conversationId)
    {
        var activity = Activities.Base("conversationUpdate");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        return InConversation(activity, conversationId);
    }

    private static async Task<int> WelcomesAsync(BotTestHost host, JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        return (await BotTestHost.ReadRepliesAsync(response)).Count(reply => reply?["attachments"] is not null);
    }

    [Fact]
    public async Task BotAdded_BothActivitiesAtOnceOnTwoInstances_OneWelcomePerConversation()
    {
        await using var first = await StartInstanceAsync();
        await using var second = await StartInstanceAsync();

        var counts = await Task.WhenAll(Enumerable.Range(1, Conversations).Select(async n =>
        {
            var id = $"a:install-{n}";
            var both = await Task.WhenAll(WelcomesAsync(first, InstallationAdd(id)), WelcomesAsync(second, BotAdded(id)));
            return both.Sum();
        }));

        Assert.All(counts, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task BotAdded_SecondInstanceLater_NoSecondWelcome()
    {
        await using var first = await StartInstanceAsync();
        await using var second = await StartInstanceAsync();

        Assert.Equal(1, await WelcomesAsync(first, InstallationAdd("a:later")));
        Assert.Equal(0, await WelcomesAsync(second, BotAdded("a:later")));
    }
}
