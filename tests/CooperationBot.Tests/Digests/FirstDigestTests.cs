using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Scheduling;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Testing.Cards;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CooperationBot.Tests.Digests.DigestChat;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// Issue 19: the first digest after subscribing is a short welcome overview of the knowledge, not "nothing changed";
/// "nothing changed" starts from the second. Through the real host: subscribed in the chat, delivered by the host's
/// digest runner through a loopback connector.
/// </summary>
public sealed class FirstDigestTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private DigestHostWithConnector _bot = null!;

    private BotTestHost Host => _bot.Host;

    private LoopbackConnectorServer Connector => _bot.Connector;

    public async Task InitializeAsync() => _bot = await DigestHostWithConnector.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<JsonNode> SubscribeAndRunAsync(string command)
    {
        var subscribe = Activities.Message(command, expectReplies: false);
        subscribe["serviceUrl"] = Connector.ServiceUrl;
        using (await Host.PostActivityAsync(subscribe))
        {
            await Connector.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        }

        var report = await Host.Services.GetRequiredService<DigestRunner>().RunNowAsync(None);

        Assert.Equal((1, 1), (report.Enqueued, report.Delivery.Sent));
        return JsonNode.Parse(Connector.Requests[^1].Body)!;
    }

    [Theory]
    [InlineData("digest aan 07:30", "Dagelijkse samenvatting: welkom", "Welkom bij de dagelijkse samenvatting. De kennis bevat nu ", "Tijd wijzigen")]
    [InlineData("digest subscribe 07:30", "Daily digest: welcome", "Welcome to the daily digest. The knowledge now holds ", "Changing the time")]
    public async Task FirstDigest_NothingChangedSinceSubscribing_IsTheWelcomeOverview(string command, string summary, string lead, string howToChange)
    {
        var digest = await SubscribeAndRunAsync(command);

        var knowledge = Host.Services.GetRequiredService<IKnowledgeSource>().Current.Knowledge;
        Assert.Equal(summary, (string?)digest["summary"]);
        var text = (string)digest["text"]!;
        Assert.StartsWith($"{lead}{knowledge.Facts.Count} ", text, StringComparison.Ordinal);
        var card = digest["attachments"]![0]!["content"]!;
        var json = card.ToJsonString();
        Assert.Contains(howToChange, json, StringComparison.Ordinal);
        Assert.DoesNotContain("niets veranderd", json + text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing in the knowledge has changed", json + text, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(json);
        var subscription = await Store(Host).FindSubscriptionAsync(PersonalKey, None);
        Assert.NotNull(subscription!.LastDeliveredAt);
    }

    [Fact]
    public async Task SecondDigest_NothingChanged_IsNoChanges()
    {
        await SubscribeAndRunAsync("digest aan 07:30");
        var delivered = await Store(Host).FindSubscriptionAsync(PersonalKey, None);
        var tomorrow = DigestSchedule.LocalDate(delivered!.Preferences, DateTimeOffset.UtcNow).AddDays(1);

        var second = await Host.Services.GetRequiredService<DigestComposer>().ComposeAsync(delivered, tomorrow, None);

        var activity = JsonNode.Parse(second.ActivityJson!)!;
        Assert.Equal("Dagelijkse samenvatting: geen wijzigingen", (string?)activity["summary"]);
        Assert.StartsWith("Sinds uw vorige samenvatting van ", (string?)activity["text"], StringComparison.Ordinal);
    }
}
