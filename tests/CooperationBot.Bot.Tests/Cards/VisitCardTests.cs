using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Visits;
using CooperationBot.Bot.Visits;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class VisitCardTests
{
    private static readonly Uri Link = new("http://127.0.0.1:3978/briefings/token-1");

    private static AdaptiveCard CardFor(UserLanguage language, Uri? link = null) =>
        VisitCard.Create(VisitSummaryBuilder.Build(VisitTestKnowledge.Real, VisitTestKnowledge.MoroccoVisit, language), link);

    [Fact]
    public void Create_Dutch21February2023Visit_ShowsDateLaftitAreasFigureOrganisationsAndSource()
    {
        var card = CardFor(UserLanguage.Dutch);

        var json = card.ToJson();
        Assert.Equal("nl", card.Lang);
        Assert.Contains("Kennismakingsbezoek van staatssecretaris Van der Burg aan minister Laftit in Marokko", json);
        Assert.Contains("\"title\":\"Datum\",\"value\":\"21 februari 2023\"", json);
        Assert.Contains("\"title\":\"Gesprekspartners\",\"value\":\"Laftit (Marokkaanse minister van Binnenlandse Zaken)\"", json);
        Assert.Contains("\"title\":\"Delegatie\",\"value\":\"Van der Burg (Staatssecretaris)\"", json);
        foreach (var area in new[] { "voorkomen van irreguliere migratie", "aanpak van mensenhandel en mensensmokkel", "verbeteren van terugkeersamenwerking", "bevorderen van legale migratie" })
        {
            Assert.Contains(area, json);
        }

        Assert.Contains("125 Marokkaanse vreemdelingen teruggekeerd", json);
        Assert.Contains("Stand per 21 februari 2023, sinds de samenwerking aan het actieplan. Bron [1], alinea 10", json);
        Assert.Contains("International Organization for Migration (IOM)", json);
        Assert.Contains("United Nations High Commissioner for Refugees (UNHCR)", json);
        Assert.Contains("International Labour Organization (ILO)", json);
        Assert.Contains("[1] Staatssecretaris Van der Burg bezoekt collega minister Laftit in Marokko (Ministerie van Justitie en Veiligheid, 21 februari 2023)", json);
        Assert.Contains("Van der Burg (Staatssecretaris), 21 februari 2023", json);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_English_IsMarkedAsTranslationWithEnglishRolesAndDates()
    {
        var json = CardFor(UserLanguage.English).ToJson();

        Assert.Contains(VisitHeadings.TranslationNote, json);
        Assert.Contains("Laftit (Moroccan Minister of the Interior)", json);
        Assert.Contains("As of 21 February 2023", json);
        Assert.Contains("Organisations visited", json);
        Assert.Contains("Source [1], paragraph 10", json);
        Assert.DoesNotContain("Bezochte organisaties", json);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Resultaten en afspraken")]
    [InlineData(UserLanguage.English, "Outcomes and agreements")]
    public void Create_VisitWithoutOutcomes_LeavesTheSectionOut(UserLanguage language, string heading)
    {
        Assert.Empty(VisitTestKnowledge.MoroccoVisit.Outcomes);

        Assert.DoesNotContain(heading, CardFor(language).ToJson());
    }

    [Fact]
    public void Create_VisitWithOutcomes_ShowsThem()
    {
        var visit = VisitTestKnowledge.MoroccoVisit with { Outcomes = [new() { Nl = "Afgesproken: een vervolgoverleg.", En = "Agreed: a follow-up meeting." }] };

        var json = VisitCard.Create(VisitSummaryBuilder.Build(VisitTestKnowledge.Real, visit, UserLanguage.Dutch)).ToJson();

        Assert.Contains("Resultaten en afspraken", json);
        Assert.Contains("- Afgesproken: een vervolgoverleg.", json);
    }

    [Fact]
    public void Create_WithBriefingLink_HasWordButtonFirst()
    {
        var card = CardFor(UserLanguage.Dutch, Link);

        var button = Assert.IsType<OpenUrlAction>(card.Actions![0]);
        Assert.Equal("Briefing (Word)", button.Title);
        Assert.Equal(Link, button.Url);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_WithoutBriefingLink_HasNoWordButtonButLanguageAndListButtons()
    {
        var card = CardFor(UserLanguage.Dutch);

        Assert.DoesNotContain(card.Actions!, a => a is OpenUrlAction);
        var english = Assert.IsType<SubmitAction>(card.Actions![0]);
        Assert.Equal("In English", english.Title);
        Assert.Equal("visit", (string?)english.Data!["verb"]);
        Assert.Equal(VisitTestKnowledge.MoroccoVisitId, (string?)english.Data["visitId"]);
        Assert.Equal("en", (string?)english.Data["lang"]);
        Assert.Equal("visits", (string?)Assert.IsType<SubmitAction>(card.Actions[1]).Data!["verb"]);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch)]
    [InlineData(UserLanguage.English)]
    public void Create_ForMobile_StaysSmallUsesNoColumnSetsAndWrapsAllText(UserLanguage language)
    {
        var card = CardFor(language, Link);

        Assert.InRange(card.Utf8Size(), 1, AdaptiveCard.SafeMaxUtf8Size);
        var json = card.ToJson();
        Assert.DoesNotContain("ColumnSet", json);
        Assert.All(TextBlocks(card.Body), block => Assert.True(block.Wrap, $"'{block.Text}' does not wrap"));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Toon alle 15 feiten")]
    [InlineData(UserLanguage.English, "Show all 15 facts")]
    public void Create_RelatedFacts_WaitHiddenBehindAToggleButtonThatNamesTheirCount(UserLanguage language, string buttonTitle)
    {
        var summary = VisitSummaryBuilder.Build(VisitTestKnowledge.Real, VisitTestKnowledge.MoroccoVisit, language);
        var card = VisitCard.Create(summary, Link);

        Assert.Equal(15, summary.RelatedFacts.Count); // 17 facts, less the key figure's and the organisations' (shown in their sections)
        var section = card.Body.OfType<Container>().Single(c => c.Items.OfType<Container>().Any(i => i.Id == "related-facts"));
        var show = Assert.IsType<ToggleVisibilityAction>(Assert.Single(section.Items.OfType<ActionSet>().Single(s => s.Id == "related-facts-show").Actions));
        Assert.Equal(buttonTitle, show.Title);
        Assert.Equal(["related-facts", "related-facts-show"], show.TargetElements.Select(t => t.ElementId));
        var hidden = section.Items.OfType<Container>().Single(c => c.Id == "related-facts");
        Assert.False(hidden.IsVisible);
        var texts = TextBlocks(hidden.Items).Select(b => b.Text).ToList();
        Assert.All(summary.RelatedFacts, fact => Assert.Contains(fact.Text, texts));
        var less = Assert.IsType<ToggleVisibilityAction>(Assert.Single(hidden.Items.OfType<ActionSet>().Last().Actions));
        Assert.Equal(show.TargetElements.Select(t => t.ElementId), less.TargetElements.Select(t => t.ElementId));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_FirstScreenParts_ComeBeforeTheDiscussionAndTheFoldedFacts()
    {
        var text = CardText.Of(CardFor(UserLanguage.Dutch, Link));

        var order = new[] { "Datum: 21 februari 2023", "Gesprekspartners: Laftit (Marokkaanse minister van Binnenlandse Zaken)", "Kerncijfers: 125 Marokkaanse vreemdelingen teruggekeerd", "Bron [1], alinea 2", "De relatie met Marokko is heel belangrijk", "Stand per 21 februari 2023", "Besproken", "Gerelateerde feiten" }
            .Select(part => text.IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    internal static IEnumerable<TextBlock> TextBlocks(IEnumerable<CardElement> elements) => elements.SelectMany(e => e switch
    {
        TextBlock block => [block],
        Container container => TextBlocks(container.Items),
        _ => [],
    });
}
