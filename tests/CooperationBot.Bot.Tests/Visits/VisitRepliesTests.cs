using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Visits;

public class VisitRepliesTests
{
    private readonly RecordingBriefingLinks _links = new();

    private VisitReplies Replies(KnowledgeSnapshot snapshot) => new(new FixedKnowledgeSource(snapshot), _links);

    private static string Heading(AdaptiveCard card) => ((TextBlock)card.Body[0]).Text;

    [Fact]
    public void Find_OneMatch_AnswersTheSummaryWithTheBriefingLink()
    {
        var card = Replies(VisitTestKnowledge.Real).Find("Marokko", UserLanguage.Dutch);

        Assert.Equal("Bezoek uit de kennisbank", Heading(card));
        Assert.Equal([(VisitTestKnowledge.MoroccoVisitId, UserLanguage.Dutch)], _links.Calls);
        var button = Assert.IsType<OpenUrlAction>(card.Actions![0]);
        Assert.Equal($"/briefings/{VisitTestKnowledge.MoroccoVisitId}.nl", button.Url.AbsolutePath);
    }

    [Fact]
    public void Find_SeveralMatches_AnswersTheChoiceCard()
    {
        var card = Replies(VisitTestKnowledge.TwoVisits).Find("Marokko", UserLanguage.Dutch);

        Assert.Equal("Welk bezoek bedoel je?", Heading(card));
        Assert.Empty(_links.Calls);
    }

    [Fact]
    public void Find_YearNarrowsToOne_AnswersThatVisitsSummary()
    {
        var card = Replies(VisitTestKnowledge.TwoVisits).Find("Marokko 2024", UserLanguage.English);

        Assert.Equal("Working visit to Rabat", ((TextBlock)card.Body[1]).Text);
    }

    [Fact]
    public void Find_NoMatch_AnswersNotFoundWithTheKnownVisits()
    {
        var card = Replies(VisitTestKnowledge.Real).Find("Atlantis", UserLanguage.Dutch);

        Assert.Equal("Geen bezoek gevonden", Heading(card));
        Assert.Contains(VisitTestKnowledge.MoroccoVisitId, card.ToJson());
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData("2023", 1)]
    [InlineData("Laftit", 2)]
    [InlineData("UNHCR 2024", 1)]
    public void List_Filter_ListsTheMatchingVisits(string? filter, int count)
    {
        var card = Replies(VisitTestKnowledge.TwoVisits).List(filter, UserLanguage.Dutch);

        Assert.Equal("Bezoeken", Heading(card));
        Assert.Equal(count, card.Body.OfType<Container>().Count());
    }

    [Fact]
    public void List_NothingMatches_AnswersNotFound()
    {
        Assert.Equal("No visit found", Heading(Replies(VisitTestKnowledge.Real).List("1999", UserLanguage.English)));
    }

    [Fact]
    public void List_KnowledgeWithoutVisits_AnswersNotFound()
    {
        Assert.Equal("Geen bezoek gevonden", Heading(Replies(VisitTestKnowledge.NoVisits).List(null, UserLanguage.Dutch)));
    }

    [Theory]
    [InlineData("bezoek-bestaat-niet")]
    [InlineData(null)]
    public void ForId_UnknownVisit_AnswersNotFound(string? visitId)
    {
        Assert.Equal("Geen bezoek gevonden", Heading(Replies(VisitTestKnowledge.Real).ForId(visitId, UserLanguage.Dutch)));
    }

    [Fact]
    public void ForId_KnownVisit_AnswersItsSummaryInTheLanguageAsked()
    {
        var card = Replies(VisitTestKnowledge.Real).ForId(VisitTestKnowledge.MoroccoVisitId, UserLanguage.English);

        Assert.Equal("en", card.Lang);
        Assert.Equal("Introductory visit of State Secretary Van der Burg to Minister Laftit in Morocco", ((TextBlock)card.Body[1]).Text);
    }
}
