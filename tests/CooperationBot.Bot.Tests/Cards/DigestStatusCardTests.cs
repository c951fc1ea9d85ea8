using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class DigestStatusCardTests
{
    private static readonly DateTimeOffset Created = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static DigestSubscription Subscription(string subscriberId = "personal:t:29:u") => new()
    {
        SubscriberId = subscriberId,
        Target = new ConversationReference("a:1", "https://smba.trafficmanager.net/emea/", "msteams", "personal", "t", "28:bot", "29:u", "nl-NL"),
        Preferences = DigestPreferences.Default(UserLanguage.Dutch),
        LastDeliveredAt = new DateTimeOffset(2024, 3, 29, 6, 0, 5, TimeSpan.Zero),
        CreatedAt = Created,
        UpdatedAt = Created,
    };

    private static OutboxEntry Entry(DateOnly date, OutboxState state, string? error) => new()
    {
        SubscriberId = "personal:t:29:u",
        DigestDate = date,
        KnowledgeVersion = "v1",
        ActivityJson = "{}",
        State = state,
        LastError = error,
        NextAttemptAt = Created,
        CreatedAt = Created,
    };

    private static List<string?> Verbs(AdaptiveCard card) => [.. card.Actions!.Cast<SubmitAction>().Select(a => (string?)a.Data!["verb"])];

    [Fact]
    public void Create_NotSubscribed_SaysSoAndOffersSubscribeAndSettings()
    {
        var card = DigestStatusCard.Create(null, [], null, UserLanguage.Dutch);

        Assert.Contains("U bent niet aangemeld.", CardText.Of(card));
        Assert.Equal([DigestVerbs.Subscribe, DigestVerbs.Settings], Verbs(card));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_Active_ShowsSettingsAndNextAndLastInLocalTimeAcrossDaylightSaving()
    {
        // 31 March 2024: summer time starts in Amsterdam; 05:00 UTC is 07:00 there, 29 March 06:00 UTC was 07:00.
        var card = DigestStatusCard.Create(Subscription(), [Entry(new DateOnly(2024, 3, 29), OutboxState.Sent, null)], new DateTimeOffset(2024, 3, 31, 5, 0, 0, TimeSpan.Zero), UserLanguage.Dutch);

        var text = CardText.Of(card);
        Assert.Contains("Status: Aangemeld", text);
        Assert.Contains("Waar: Uw chat met de bot", text);
        Assert.Contains("Tijd: 07:00 (Europe/Amsterdam)", text);
        Assert.Contains("Dagen: Werkdagen (maandag tot en met vrijdag)", text);
        Assert.Contains("Taal: Nederlands", text);
        Assert.Contains("Volgende: 31 maart 2024 07:00", text);
        Assert.Contains("Laatst bezorgd: 29 maart 2024 07:00", text);
        Assert.DoesNotContain("Recente problemen", text);
        Assert.Equal([DigestVerbs.Settings, DigestVerbs.Unsubscribe], Verbs(card));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_Parked_ShowsTheReasonAndTheRecentProblems()
    {
        var parked = Subscription("channel:19:abc@thread.tacv2") with
        {
            State = SubscriptionState.Parked,
            ParkedReason = "403 Forbidden from the connector",
            ParkedAt = new DateTimeOffset(2024, 4, 2, 5, 0, 1, TimeSpan.Zero),
        };
        OutboxEntry[] recent =
        [
            Entry(new DateOnly(2024, 4, 2), OutboxState.Parked, "403 BotNotInConversationRoster"),
            Entry(new DateOnly(2024, 4, 1), OutboxState.InDoubt, "The sender stopped during the call."),
            Entry(new DateOnly(2024, 3, 29), OutboxState.Sent, null),
        ];

        var card = DigestStatusCard.Create(parked, recent, new DateTimeOffset(2024, 4, 3, 5, 0, 0, TimeSpan.Zero), UserLanguage.English);

        var text = CardText.Of(card);
        Assert.Contains("Status: Stopped by the bot", text);
        Assert.Contains("Where: This channel", text);
        Assert.Contains("Stopped (2 April 2024 07:00): 403 Forbidden from the connector", text);
        Assert.DoesNotContain("Next:", text);
        Assert.Contains("2 April 2024: not sent: conversation no longer reachable", text);
        Assert.Contains("403 BotNotInConversationRoster", text);
        Assert.Contains("1 April 2024: may not have arrived (not sent again)", text);
        Assert.DoesNotContain("29 March 2024:", text);
        Assert.Equal([DigestVerbs.Settings, DigestVerbs.Subscribe], Verbs(card));
        CardSchemaValidator.AssertValid(card);
    }
}
