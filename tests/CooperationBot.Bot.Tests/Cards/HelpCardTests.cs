using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Tests.Cards;

public class HelpCardTests
{
    [Fact]
    public void Create_Dutch_HasDutchHeadingAndEnglishButton()
    {
        var card = HelpCard.Create(UserLanguage.Dutch);

        Assert.Equal("nl", card.Lang);
        Assert.Equal("CooperationBot: wat ik kan", Assert.IsType<TextBlock>(card.Body[0]).Text);
        var button = Assert.IsType<SubmitAction>(Assert.Single(card.Actions!));
        Assert.Equal("In English", button.Title);
        Assert.Equal("help", (string?)button.Data!["verb"]);
        Assert.Equal("en", (string?)button.Data["lang"]);
    }

    [Fact]
    public void Create_English_HasEnglishHeadingAndDutchButton()
    {
        var card = HelpCard.Create(UserLanguage.English);

        Assert.Equal("CooperationBot: what I can do", Assert.IsType<TextBlock>(card.Body[0]).Text);
        var button = Assert.IsType<SubmitAction>(Assert.Single(card.Actions!));
        Assert.Equal("In het Nederlands", button.Title);
        Assert.Equal("nl", (string?)button.Data!["lang"]);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "bezoeken [filter]", "bezoek <woorden>")]
    [InlineData(UserLanguage.English, "visits [filter]", "visit <words>")]
    public void Create_ListsTheVisitCommands(UserLanguage language, string list, string visit)
    {
        var facts = HelpCard.Create(language).Body.OfType<FactSet>().Single().Facts.Select(f => f.Title).ToList();

        Assert.Contains(list, facts);
        Assert.Contains(visit, facts);
    }
}
