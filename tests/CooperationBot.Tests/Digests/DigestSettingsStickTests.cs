using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using CooperationBot.Testing.Cards;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CooperationBot.Tests.Digests.DigestChat;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// Issue 19, digest settings that stick, through the real host: the settings card shows the saved settings after Save
/// (the submitted card is redrawn with them) and on reopening; unsubscribing keeps the preferences, so subscribing
/// again brings them back, while no digest goes to an unsubscribed conversation.
/// </summary>
public sealed class DigestSettingsStickTests : IAsyncLifetime
{
    private const string FormId = "settings-card-1";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DigestPreferences Saved =
        new(new TimeOnly(8, 15), DigestDays.EveryDay, "Europe/London", UserLanguage.English, SendWhenUnchanged: false);

    private DigestHostWithConnector _bot = null!;

    private BotTestHost Host => _bot.Host;

    private LoopbackConnectorServer Connector => _bot.Connector;

    public async Task InitializeAsync() => _bot = await DigestHostWithConnector.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    /// <summary>A message of the personal chat whose replies go through the loopback connector.</summary>
    private JsonObject ViaConnector(JsonObject activity)
    {
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = Connector.ServiceUrl;
        return activity;
    }

    /// <summary>Saves <see cref="Saved"/> with the Save button of a fresh settings card, answered in the HTTP response.</summary>
    private async Task SaveAsync()
    {
        var form = await CardReplyAsync(Host, Activities.Message("digest instellingen"));
        await SendAsync(Host, Submit(form, "digestSave", Inputs(Saved)));
    }

    private static JsonObject Inputs(DigestPreferences p) => new()
    {
        ["time"] = p.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["days"] = p.Days == DigestDays.EveryDay ? "everyday" : "weekdays",
        ["timeZone"] = p.TimeZoneId,
        ["language"] = p.Language.Code(),
        ["whenUnchanged"] = p.SendWhenUnchanged ? "true" : "false",
    };

    /// <summary>The values the settings card's inputs show, by input id.</summary>
    private static Dictionary<string, string?> Shown(JsonNode card) =>
        card["body"]!.AsArray()
            .Where(e => ((string?)e!["type"])!.StartsWith("Input.", StringComparison.Ordinal))
            .ToDictionary(e => (string)e!["id"]!, e => (string?)e!["value"]);

    private static void AssertShowsSaved(JsonNode card)
    {
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["time"] = "08:15",
                ["days"] = "everyday",
                ["timeZone"] = "Europe/London",
                ["language"] = "en",
                ["whenUnchanged"] = "false",
            },
            Shown(card));
        CardSchemaValidator.AssertValid(card.ToJsonString());
    }

    [Fact]
    public async Task Save_ThroughTheConnector_RedrawsTheSubmittedCardWithTheSavedSettingsThenConfirms()
    {
        var form = await CardReplyAsync(Host, Activities.Message("digest instellingen"));
        Assert.Equal("07:00", Shown(form)["time"]);
        var submit = ViaConnector(Submit(form, "digestSave", Inputs(Saved)));
        submit["replyToId"] = FormId;

        using (var response = await Host.PostActivityAsync(submit))
        {
            Assert.True(response.IsSuccessStatusCode, $"the submit answered {response.StatusCode}");
        }

        await Connector.WaitForRequestsAsync(2, TimeSpan.FromSeconds(10));
        var update = Assert.Single(Connector.Requests, r => r.Method == "PUT");
        Assert.EndsWith($"/activities/{FormId}", update.RawPath, StringComparison.Ordinal);
        var redrawn = JsonNode.Parse(update.Body)!;
        Assert.Equal(FormId, (string?)redrawn["id"]);
        Assert.Null(redrawn["text"]);
        AssertShowsSaved(redrawn["attachments"]![0]!["content"]!);
        var confirmation = Assert.Single(Connector.Requests, r => r.Method == "POST");
        Assert.Contains("every day at 08:15 (Europe/London)", confirmation.Body, StringComparison.Ordinal);
        Assert.True(Connector.Requests.ToList().IndexOf(update) < Connector.Requests.ToList().IndexOf(confirmation), "the card is redrawn before the confirmation");
    }

    [Fact]
    public async Task Reopen_AfterSave_TheSettingsCardShowsTheSavedSettings()
    {
        await SaveAsync();

        var byCommand = await CardReplyAsync(Host, Activities.Message("digest instellingen"));
        var confirmation = await CardReplyAsync(Host, Activities.Message("digest status"));
        var byButton = await CardReplyAsync(Host, Submit(confirmation, "digestSettings", new JsonObject()));

        AssertShowsSaved(byCommand);
        AssertShowsSaved(byButton);
        Assert.Contains(byButton["actions"]!.AsArray(), a => (string?)a!["data"]!["verb"] == "digestUnsubscribe");
    }

    [Fact]
    public async Task DigestUit_AfterSave_StatusSaysOffAndTheSettingsCardKeepsThePreferences()
    {
        await SaveAsync();

        var unsubscribed = await CardReplyAsync(Host, Activities.Message("digest uit"));
        var status = await CardReplyAsync(Host, Activities.Message("digest status"));
        var settings = await CardReplyAsync(Host, Activities.Message("digest instellingen"));

        Assert.Contains("U krijgt geen samenvattingen meer.", unsubscribed.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("U bent niet aangemeld", status.ToJsonString(), StringComparison.Ordinal);
        AssertShowsSaved(settings);
        Assert.DoesNotContain(settings["actions"]!.AsArray(), a => (string?)a!["data"]!["verb"] == "digestUnsubscribe");
        var kept = await Store(Host).FindSubscriptionAsync(PersonalKey, None);
        Assert.Equal((SubscriptionState.Unsubscribed, Saved), (kept!.State, kept.Preferences));
        Assert.Equal("U was niet aangemeld voor de dagelijkse samenvatting.", await TextReplyAsync(Host, Activities.Message("digest uit")));
    }

    [Fact]
    public async Task SubscribeAgainButton_AfterDigestUit_KeepsTheEarlierTimeDaysAndLanguage()
    {
        await SaveAsync();
        var unsubscribed = await CardReplyAsync(Host, Activities.Message("digest unsubscribe"));

        var again = await CardReplyAsync(Host, Submit(unsubscribed, "digestSubscribe", new JsonObject()));

        Assert.Contains("every day at 08:15 (Europe/London)", again.ToJsonString(), StringComparison.Ordinal);
        var subscription = await Store(Host).FindSubscriptionAsync(PersonalKey, None);
        Assert.Equal((SubscriptionState.Active, Saved), (subscription!.State, subscription.Preferences));
    }

    [Theory]
    [InlineData("digest subscribe", "08:15")]
    [InlineData("digest subscribe 09:45", "09:45")]
    public async Task DigestSubscribe_AfterUnsubscribe_KeepsThePreferencesAndAnExplicitTimeWins(string command, string time)
    {
        await SaveAsync();
        await SendAsync(Host, Activities.Message("digest unsubscribe"));

        var card = await CardReplyAsync(Host, Activities.Message(command));

        Assert.Contains($"every day at {time} (Europe/London)", card.ToJsonString(), StringComparison.Ordinal);
        var subscription = await Store(Host).FindSubscriptionAsync(PersonalKey, None);
        Assert.Equal(Saved with { Time = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture) }, subscription!.Preferences);
        Assert.Equal(SubscriptionState.Active, subscription.State);
    }

    [Fact]
    public async Task DigestRunNow_AfterDigestUit_SendsNothingToTheUnsubscribedConversation()
    {
        using (await Host.PostActivityAsync(ViaConnector(Activities.Message("digest aan 07:30"))))
        using (await Host.PostActivityAsync(ViaConnector(Activities.Message("digest uit"))))
        {
            await Connector.WaitForRequestsAsync(2, TimeSpan.FromSeconds(10));
        }


        var report = await Host.Services.GetRequiredService<DigestRunner>().RunNowAsync(None);

        Assert.Equal(0, report.Enqueued);
        Assert.Equal(2, Connector.RequestCount);
    }
}
