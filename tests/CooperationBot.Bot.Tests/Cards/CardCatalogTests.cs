using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class CardCatalogTests
{
    public static TheoryData<string> CardNames() => [.. CardCatalog.All().Select(c => c.Name)];

    private static AdaptiveCard Card(string name) => CardCatalog.All().Single(c => c.Name == name).Card;

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryCard_PassesTheAdaptiveCard15Schema(string name)
    {
        CardSchemaValidator.AssertValid(Card(name));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryCard_StaysUnderTheSafeSize(string name)
    {
        Assert.InRange(Card(name).Utf8Size(), 1, AdaptiveCard.SafeMaxUtf8Size);
    }

    [Fact]
    public void All_NamesAreUniqueAndCoverBothLanguages()
    {
        var names = CardCatalog.All().Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("help.nl", names);
        Assert.Contains("help.en", names);
    }
}
