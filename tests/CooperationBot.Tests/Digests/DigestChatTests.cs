using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;
using static CooperationBot.Tests.Digests.DigestChat;

namespace CooperationBot.Tests.Digests;

/// <summary>The digest chat commands and the settings card through the real host, with the store behind it.</summary>
public sealed class DigestChatTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>The values of the settings card's inputs, as Teams submits them.</summary>
    private static JsonObject Inputs(string time, string days, string timeZone, string language, string whenUnchanged) => new()
    {
        ["time"] = time,
        ["days"] = days,
        ["timeZone"] = timeZone,
        ["language"] = language,
        ["whenUnchanged"] = whenUnchanged,
    };

    [Fact]
    public async Task DigestAan_TimeInPersonalChat_ConfirmsTheTimeAndStoresThePersonalSubscription()
    {
        var card = await CardReplyAsync(_host, Activities.Message("digest aan 07:30"));

        var json = card.ToJsonString();
        Assert.Equal("nl", (string?)card["lang"]);
        Assert.Contains("Aangemeld", json, StringComparison.Ordinal);
        Assert.Contains("elke werkdag om 07:30 (Europe/Amsterdam)", json, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(json);
        var subscription = await Store(_host).FindSubscriptionAsync(PersonalKey, None);
        Assert.NotNull(subscription);
        Assert.Equal(SubscriptionState.Active, subscription.State);
        Assert.Equal(new TimeOnly(7, 30), subscription.Preferences.Time);
        Assert.Equal(UserLanguage.Dutch, subscription.Preferences.Language);
        Assert.Equal("a:personal-chat-1", subscription.Target.ConversationId);
        Assert.Equal(Activities.ServiceUrl, subscription.Target.ServiceUrl);
    }

    [Fact]
    public async Task DigestAan_UnreadableTime_ExplainsAndSavesNothing()
    {
        var text = await TextReplyAsync(_host, Activities.Message("digest aan morgen"));

        Assert.Contains("Die tijd kan ik niet lezen", text, StringComparison.Ordinal);
        Assert.Null(await Store(_host).FindSubscriptionAsync(PersonalKey, None));
    }

    [Theory]
    [InlineData("digest aan 25:00", "De tijd 25:00 bestaat niet: een dag loopt van 00:00 tot 23:59.")]
    [InlineData("digest aan 07:61", "De tijd 07:61 bestaat niet: een dag loopt van 00:00 tot 23:59.")]
    [InlineData("digest subscribe 25:00", "The time 25:00 does not exist: a day runs from 00:00 to 23:59.")]
    public async Task DigestAan_TimeThatDoesNotExist_SaysSoAndSavesNothing(string command, string expected)
    {
        var text = await TextReplyAsync(_host, Activities.Message(command));

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("lezen", text, StringComparison.Ordinal);
        Assert.Null(await Store(_host).FindSubscriptionAsync(PersonalKey, None));
    }

    [Fact]
    public async Task DigestStatus_Subscribed_AnswersTheStatusCardWithTheSettings()
    {
        await SendAsync(_host, Activities.Message("digest aan 07:30"));

        var card = await CardReplyAsync(_host, Activities.Message("digest status"));

        var json = card.ToJsonString();
        Assert.Contains("Dagelijkse samenvatting: status", json, StringComparison.Ordinal);
        Assert.Contains("07:30 (Europe/Amsterdam)", json, StringComparison.Ordinal);
        Assert.Contains("Uw chat met de bot", json, StringComparison.Ordinal);
        Assert.Contains("Nog niet", json, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(json);
    }

    [Fact]
    public async Task DigestStatus_NotSubscribed_SaysSoWithASubscribeButton()
    {
        var card = await CardReplyAsync(_host, Activities.Message("digest status"));

        Assert.Contains("U bent niet aangemeld", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(card["actions"]!.AsArray(), a => (string?)a!["data"]!["verb"] == "digestSubscribe");
    }

    [Fact]
    public async Task Digest_NoMoreWords_AnswersTheSettingsCardWithATimeInput()
    {
        var card = await CardReplyAsync(_host, Activities.Message("digest"));

        var time = Assert.Single(card["body"]!.AsArray(), e => (string?)e!["type"] == "Input.Time")!;
        Assert.Equal("time", (string?)time["id"]);
        Assert.Equal("07:00", (string?)time["value"]);
        Assert.Contains(card["actions"]!.AsArray(), a => (string?)a!["data"]!["verb"] == "digestSave");
        CardSchemaValidator.AssertValid(card.ToJsonString());
    }

    [Fact]
    public async Task SettingsSave_SubmittedForm_SavesThePreferencesAndConfirms()
    {
        var form = await CardReplyAsync(_host, Activities.Message("digest"));

        var confirmation = await CardReplyAsync(_host, Submit(form, "digestSave", Inputs("08:15", "everyday", "Europe/London", "en", "false")));

        Assert.Contains("every day at 08:15 (Europe/London)", confirmation.ToJsonString(), StringComparison.Ordinal);
        var subscription = await Store(_host).FindSubscriptionAsync(PersonalKey, None);
        Assert.NotNull(subscription);
        Assert.Equal(
            new DigestPreferences(new TimeOnly(8, 15), DigestDays.EveryDay, "Europe/London", UserLanguage.English, SendWhenUnchanged: false),
            subscription.Preferences);
    }

    [Fact]
    public async Task SettingsSave_TimeOutOfRange_ExplainsAndSavesNothing()
    {
        await SendAsync(_host, Activities.Message("digest aan 07:30"));
        var form = await CardReplyAsync(_host, Activities.Message("digest"));

        var text = await TextReplyAsync(_host, Submit(form, "digestSave", Inputs("25:00", "weekdays", "Europe/Amsterdam", "nl", "true")));

        Assert.StartsWith("Niet opgeslagen:", text, StringComparison.Ordinal);
        Assert.Contains("De tijd 25:00 bestaat niet", text, StringComparison.Ordinal);
        var subscription = await Store(_host).FindSubscriptionAsync(PersonalKey, None);
        Assert.Equal(new TimeOnly(7, 30), subscription!.Preferences.Time);
    }

    [Fact]
    public async Task DigestUit_Subscribed_UnsubscribesAndKeepsOnlyThePreferences()
    {
        await SendAsync(_host, Activities.Message("digest aan"));

        var card = await CardReplyAsync(_host, Activities.Message("digest uit"));

        Assert.Contains("U krijgt geen samenvattingen meer.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(SubscriptionState.Unsubscribed, (await Store(_host).FindSubscriptionAsync(PersonalKey, None))!.State);
        Assert.Equal("U was niet aangemeld voor de dagelijkse samenvatting.", await TextReplyAsync(_host, Activities.Message("digest uit")));
    }

    [Fact]
    public async Task DigestSubscribeAndUnsubscribe_EnglishWords_AnswerInEnglish()
    {
        var subscribed = await CardReplyAsync(_host, Activities.Message("digest subscribe 06:45"));
        var unsubscribed = await CardReplyAsync(_host, Activities.Message("digest unsubscribe"));

        Assert.Equal("en", (string?)subscribed["lang"]);
        Assert.Contains("You get the digest every weekday at 06:45", subscribed.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("en", (string?)unsubscribed["lang"]);
        Assert.Contains("You will get no more digests.", unsubscribed.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(SubscriptionState.Unsubscribed, (await Store(_host).FindSubscriptionAsync(PersonalKey, None))!.State);
    }

    [Fact]
    public async Task DigestAan_InChannelThread_SubscribesTheChannelWithoutTheMessageId()
    {
        var card = await CardReplyAsync(_host, ChannelMessage("digest aan 09:00"));

        Assert.Contains("De samenvatting komt in dit kanaal", card.ToJsonString(), StringComparison.Ordinal);
        var subscription = await Store(_host).FindSubscriptionAsync(ChannelKey, None);
        Assert.NotNull(subscription);
        Assert.Equal("channel:" + ChannelId, subscription.SubscriberId);
        Assert.Equal(ChannelId, subscription.Target.ConversationId);
        Assert.Equal("channel", subscription.Target.ConversationType);
        Assert.Null(subscription.Target.UserId);
        Assert.Null(await Store(_host).FindSubscriptionAsync(PersonalKey, None));
    }

    [Fact]
    public async Task InstallationUpdateRemove_Subscribed_ParksAsUninstalledAndStatusAfterReinstallShowsIt()
    {
        await SendAsync(_host, Activities.Message("digest aan 07:30"));

        Assert.Empty(await SendAsync(_host, InstallationUpdate("remove")));

        var parked = await Store(_host).FindSubscriptionAsync(PersonalKey, None);
        Assert.Equal(SubscriptionState.Parked, parked!.State);
        Assert.Equal("uninstalled", parked.ParkedReason);
        await SendAsync(_host, InstallationUpdate("add"));
        var status = (await CardReplyAsync(_host, Activities.Message("digest status"))).ToJsonString();
        Assert.Contains("Gestopt door de bot", status, StringComparison.Ordinal);
        Assert.Contains(": uninstalled", status, StringComparison.Ordinal);
        Assert.Contains("Opnieuw aanmelden", status, StringComparison.Ordinal);
    }
}
