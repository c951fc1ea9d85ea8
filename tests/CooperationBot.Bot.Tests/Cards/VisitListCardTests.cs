using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Visits;
using CooperationBot.Bot.Visits;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class VisitListCardTests
{
    private static IReadOnlyList<VisitHeadline> Headlines(string? words, UserLanguage language) =>
        VisitHeadline.From(VisitFinder.Find(VisitTestKnowledge.TwoVisits.Knowledge, words), language);

    private static List<SubmitAction> Buttons(AdaptiveCard card) =>
        [.. card.Body.OfType<Container>().SelectMany(c => c.Items.OfType<ActionSet>()).SelectMany(s => s.Actions).Cast<SubmitAction>()];

    [Fact]
    public void Create_AllVisits_NewestFirstWithOneSummaryButtonEach()
    {
        var card = VisitListCard.Create(Headlines(null, UserLanguage.Dutch), null, UserLanguage.Dutch);

        var buttons = Buttons(card);
        Assert.Equal([VisitTestKnowledge.RabatVisitId, VisitTestKnowledge.MoroccoVisitId], buttons.Select(b => (string?)b.Data!["visitId"]));
        Assert.All(buttons, b => Assert.Equal("visit", (string?)b.Data!["verb"]));
        Assert.All(buttons, b => Assert.Equal("nl", (string?)b.Data!["lang"]));
        Assert.Contains("2 bezoeken in mijn kennis, nieuwste eerst.", card.ToJson());
        Assert.Contains("1 mei 2024, Rabat, Marokko", card.ToJson());
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_Filtered_NamesTheFilterInEnglish()
    {
        var card = VisitListCard.Create(Headlines("2023", UserLanguage.English), "2023", UserLanguage.English);

        var button = Assert.Single(Buttons(card));
        Assert.Equal(VisitTestKnowledge.MoroccoVisitId, (string?)button.Data!["visitId"]);
        Assert.Equal("Summary", button.Title);
        Assert.Contains("1 visit matching '2023', newest first.", CardText.Of(card));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_MoreThanShown_CutsTheListWithAHint()
    {
        var many = Enumerable.Range(0, 20).Select(i => new VisitHeadline($"v{i}", $"Bezoek {i}", new DateOnly(2020, 1, 1).AddDays(-i), "Rabat")).ToList();

        var card = VisitListCard.Create(many, null, UserLanguage.Dutch);

        Assert.Equal(12, Buttons(card).Count);
        Assert.Contains("En nog 8 bezoeken.", card.ToJson());
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void ChoiceCreate_SeveralMatches_AsksWhichWithAButtonPerVisit()
    {
        var card = VisitChoiceCard.Create(Headlines("Marokko", UserLanguage.Dutch), "Marokko", UserLanguage.Dutch);

        Assert.Equal("Welk bezoek bedoel je?", Assert.IsType<TextBlock>(card.Body[0]).Text);
        Assert.Equal(2, Buttons(card).Count);
        Assert.Contains("2 bezoeken passen bij 'Marokko'.", CardText.Of(card));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void NotFoundCreate_NoMatch_SaysSoAndListsTheKnownVisits()
    {
        var card = VisitNotFoundCard.Create("Atlantis", Headlines(null, UserLanguage.English), UserLanguage.English);

        Assert.Equal("No visit found", Assert.IsType<TextBlock>(card.Body[0]).Text);
        var json = CardText.Of(card);
        Assert.Contains("I found no visit matching 'Atlantis' in my knowledge, and I do not guess.", json);
        Assert.Contains("Visits I know:", json);
        Assert.Equal(2, Buttons(card).Count);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void NotFoundCreate_NoVisitsKnown_SaysTheKnowledgeHoldsNone()
    {
        var card = VisitNotFoundCard.Create("Marokko", [], UserLanguage.Dutch);

        Assert.Contains("Er staan nog geen bezoeken in mijn kennis.", card.ToJson());
        Assert.Empty(Buttons(card));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void NotFoundCreate_LongWords_AreCutOnTheCard()
    {
        var card = VisitNotFoundCard.Create(new string('x', 300), [], UserLanguage.Dutch);

        Assert.DoesNotContain(new string('x', 81), card.ToJson());
    }
}
