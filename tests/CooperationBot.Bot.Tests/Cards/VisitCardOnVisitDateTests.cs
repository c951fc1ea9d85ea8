using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Visits;
using CooperationBot.Bot.Visits;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

/// <summary>
/// The visit card of the growing test knowledge: items as they stood on the visit date, what changed since in one line
/// beside the item. The phone rules every card keeps (schema, size, buttons, fallbackText == speak) check these cards
/// too, as <c>growing.visit.*</c> in <see cref="CardCatalogTests"/> and <see cref="CardButtonsTests"/>.
/// </summary>
public class VisitCardOnVisitDateTests
{
    private static readonly Uri Link = new("http://127.0.0.1:3978/briefings/token-1");

    private static AdaptiveCard CardFor(string visitId, UserLanguage language) =>
        VisitCard.Create(GrowingVisits.Summary(visitId, language), Link);

    [Fact]
    public void Create_EarlyVisit_ShowsTheValueOfTheVisitDateTheNewerValueTheSuccessorAndTheReplacedAgreement()
    {
        var card = CardFor(GrowingVisits.Early, UserLanguage.Dutch);

        var text = CardText.Of(card);
        Assert.Contains("Kerncijfers: 100 mensen teruggekeerd naar Voorbeeldland", text);
        Assert.Contains("Stand per 1 maart 2024, sinds de start van het Terugreisprogramma. Bron [1], alinea 3", text);
        Assert.Single(Lines(text, "Nieuwere waarde"));
        Assert.Contains("Nieuwere waarde: 310, stand 30 juni 2025 (bron: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)", text);
        Assert.Contains("Delegatie: Jansen (minister van Testzaken)", text);
        Assert.Contains("Jansen: inmiddels opgevolgd door De Vries, minister van Testzaken (16 september 2024, bron: TESTDATA: De Vries nieuwe minister van Testzaken)", text);
        Assert.Contains("Het Terugkeerakkoord van 2022 regelt de terugkeer naar Voorbeeldland.", text);
        Assert.Contains("Inmiddels vervangen: Het Terugkeerakkoord van 2024 vervangt het akkoord van 2022 en regelt nu de terugkeer naar Voorbeeldland (16 september 2024, bron: TESTDATA: De Vries nieuwe minister van Testzaken)", text);
        Assert.DoesNotContain("310 mensen", text);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_EarlyVisitInEnglish_SaysWhatChangedInEnglish()
    {
        var card = CardFor(GrowingVisits.Early, UserLanguage.English);

        var text = CardText.Of(card);
        Assert.Contains("Newer value: 310, as of 30 June 2025 (source: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)", text);
        Assert.Contains("Jansen: since succeeded by De Vries, Minister of Test Affairs (16 September 2024, source: TESTDATA: De Vries nieuwe minister van Testzaken)", text);
        Assert.Contains("Since replaced: The Return Agreement of 2024 replaces the agreement of 2022", text);
        Assert.DoesNotContain("Nieuwere waarde", text);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_LateVisit_ShowsTheNewestValueWithoutANewerLine()
    {
        var card = CardFor(GrowingVisits.Late, UserLanguage.Dutch);

        var text = CardText.Of(card);
        Assert.Contains("Kerncijfers: 310 mensen teruggekeerd naar Voorbeeldland", text);
        Assert.DoesNotContain("Nieuwere waarde", text);
        Assert.DoesNotContain("Inmiddels", text);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_DateTwoSourcesDifferFor_ShowsBothValuesEachWithItsSource()
    {
        var card = VisitCard.Create(GrowingVisits.On(new DateOnly(2025, 1, 31), ["teruggekeerd-2024-03"]), Link);

        var text = CardText.Of(card);
        Assert.Contains("Kerncijfers: 250 mensen teruggekeerd naar Voorbeeldland; 260 mensen teruggekeerd naar Voorbeeldland", text);
        Assert.Contains("Andere bron, zelfde datum: 260 (bron: TESTDATA: Jaarcijfers terugkeer)", text);
        Assert.Contains("Andere bron, zelfde datum: 250 (bron: TESTDATA: Terugkeer naar Voorbeeldland in 2024)", text);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_EarlyVisit_TheChangeLinesStandBesideTheirItemsAndTheFirstScreenStaysFirst()
    {
        var card = CardFor(GrowingVisits.Early, UserLanguage.Dutch);

        var text = CardText.Of(card);
        var order = new[]
        {
            "Delegatie: Jansen", "Kerncijfers: 100", "Bron [1], alinea 2", "Jansen: inmiddels opgevolgd", "Dit is een goede eerste stap",
            "Stand per 1 maart 2024", "Nieuwere waarde: 310", "Besproken", "Het Terugkeerakkoord van 2022", "Inmiddels vervangen",
        }.Select(part => text.IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        var folded = card.Body.OfType<Container>().SelectMany(c => c.Items).OfType<Container>().Single(c => c.Id == "related-facts");
        Assert.False(folded.IsVisible);
        Assert.Contains(folded.Items.OfType<TextBlock>(), b => b.Text.StartsWith("Inmiddels vervangen: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch)]
    [InlineData(UserLanguage.English)]
    public void Create_ShippedKnowledge_HasNoChangeLine(UserLanguage language)
    {
        var card = VisitCard.Create(VisitSummaryBuilder.Build(VisitTestKnowledge.Real, VisitTestKnowledge.MoroccoVisit, language), Link);

        var text = CardText.Of(card);
        Assert.Contains(language == UserLanguage.English ? "125 Moroccan nationals returned" : "Kerncijfers: 125 Marokkaanse vreemdelingen teruggekeerd", text);
        foreach (var change in new[] { "Nieuwere waarde", "Newer value", "Inmiddels", "Since replaced", "since succeeded", "Andere bron", "Another source" })
        {
            Assert.DoesNotContain(change, text);
        }

        Assert.DoesNotContain(VisitCardTests.TextBlocks(card.Body), b => b.Color == TextColor.Warning);
    }

    private static IEnumerable<string> Lines(string text, string start) =>
        text.Split('\n').Where(line => line.StartsWith(start, StringComparison.Ordinal));
}
