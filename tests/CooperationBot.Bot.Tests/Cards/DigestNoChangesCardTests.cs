using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class DigestNoChangesCardTests
{
    [Fact]
    public void Create_WithPreviousDigest_NamesItsDate()
    {
        var card = DigestNoChangesCard.Create(new DateOnly(2026, 3, 3), "abc123", new DateOnly(2026, 3, 2), UserLanguage.Dutch);

        var text = CardText.Of(card);
        Assert.Contains("3 maart 2026 · kennisversie abc123", text);
        Assert.Contains("Sinds uw vorige samenvatting van 2 maart 2026 is er niets veranderd in de kennis.", text);
        Assert.Equal(DigestVerbs.Settings, (string?)Assert.IsType<SubmitAction>(Assert.Single(card.Actions!)).Data!["verb"]);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_EnglishWithoutPreviousDigest_IsShort()
    {
        var card = DigestNoChangesCard.Create(new DateOnly(2026, 3, 3), "abc123", null, UserLanguage.English);

        Assert.Contains("Nothing in the knowledge has changed.", CardText.Of(card));
        Assert.InRange(card.Utf8Size(), 1, 2048);
    }
}
