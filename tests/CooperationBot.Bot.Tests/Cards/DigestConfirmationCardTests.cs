using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class DigestConfirmationCardTests
{
    [Fact]
    public void Subscribed_Personal_SaysWhenAndTheNextOne()
    {
        var preferences = DigestPreferences.Default(UserLanguage.Dutch) with { Time = new TimeOnly(8, 15) };

        var card = DigestConfirmationCard.Subscribed(preferences, new DateTimeOffset(2026, 1, 5, 7, 15, 0, TimeSpan.Zero), isChannel: false, UserLanguage.Dutch);

        var text = CardText.Of(card);
        Assert.Contains("U krijgt de samenvatting elke werkdag om 08:15 (Europe/Amsterdam).", text);
        Assert.Contains("Volgende: 5 januari 2026 08:15", text);
        Assert.Equal([DigestVerbs.Settings, DigestVerbs.Unsubscribe], card.Actions!.Cast<SubmitAction>().Select(a => (string?)a.Data!["verb"]));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Subscribed_ChannelEveryDay_SaysItIsPostedIntoTheChannel()
    {
        var preferences = DigestPreferences.Default(UserLanguage.English) with { Days = DigestDays.EveryDay };

        var text = CardText.Of(DigestConfirmationCard.Subscribed(preferences, null, isChannel: true, UserLanguage.English));

        Assert.Contains("The digest is posted into this channel every day at 07:00 (Europe/Amsterdam).", text);
        Assert.DoesNotContain("Next:", text);
    }

    [Fact]
    public void Unsubscribed_OffersToSubscribeAgain()
    {
        var card = DigestConfirmationCard.Unsubscribed(isChannel: false, UserLanguage.Dutch);

        Assert.Contains("U krijgt geen samenvattingen meer.", CardText.Of(card));
        Assert.Equal(DigestVerbs.Subscribe, (string?)Assert.IsType<SubmitAction>(Assert.Single(card.Actions!)).Data!["verb"]);
        CardSchemaValidator.AssertValid(card);
    }
}
