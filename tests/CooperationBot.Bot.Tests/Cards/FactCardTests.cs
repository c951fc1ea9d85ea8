using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.MessageExtension;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class FactCardTests
{
    [Theory]
    [InlineData(UserLanguage.Dutch, "Bron openen", "Uitgever: Rijksoverheid\nDatum: 1 mei 2024\nAlinea: 3")]
    [InlineData(UserLanguage.English, "Open the source", "Publisher: Rijksoverheid\nDate: 1 May 2024\nParagraph: 3")]
    public void Create_PublishedSource_LinksToItAndShowsPublisherDateAndParagraph(UserLanguage language, string button, string source)
    {
        var item = SearchBed.Answerer.Find(SearchBed.NewestFactId, language)!;

        var card = FactCard.Create(item, language);

        CardSchemaValidator.AssertValid(card);
        var action = Assert.IsType<OpenUrlAction>(Assert.Single(card.Actions!));
        Assert.Equal(button, action.Title);
        Assert.Equal(SearchBed.NewestSourceUrl, action.Url);
        Assert.Contains(source, CardText.Of(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnpublishedSource_HasNoButtons()
    {
        var item = SearchBed.Answerer.Find("terugkeer-125", UserLanguage.Dutch)!;

        var card = FactCard.Create(item, UserLanguage.Dutch);

        Assert.Null(card.Actions);
        Assert.Equal($"{item.Text} Bron: {item.Document!.Title} (Ministerie van Justitie en Veiligheid, 21 februari 2023), alinea {item.Source.Paragraph}.", card.FallbackText);
        Assert.Equal(card.FallbackText, card.Speak);
    }
}
