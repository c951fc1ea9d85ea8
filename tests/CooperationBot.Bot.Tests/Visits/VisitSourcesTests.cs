using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Visits;

public class VisitSourcesTests
{
    private static VisitSummary Summary(UserLanguage language) =>
        VisitSummaryBuilder.Build(VisitTestKnowledge.Real, VisitTestKnowledge.MoroccoVisit, language);

    [Theory]
    [InlineData(UserLanguage.Dutch, new[] { 10 }, "alinea 10")]
    [InlineData(UserLanguage.Dutch, new[] { 12, 2, 12 }, "alinea's 2 en 12")]
    [InlineData(UserLanguage.English, new[] { 5, 2, 8 }, "paragraphs 2, 5 and 8")]
    public void Paragraphs_Numbers_AreSortedDistinctAndJoined(UserLanguage language, int[] paragraphs, string expected)
    {
        Assert.Equal(expected, VisitSources.Paragraphs(paragraphs, language));
    }

    [Fact]
    public void Line_CitationsOfOneDocument_NumberItAndListItsParagraphs()
    {
        var summary = Summary(UserLanguage.Dutch);

        var line = VisitSources.Line(summary, summary.OrganisationsVisited.Select(o => o.Source).Concat(summary.Counterparts.Select(p => p.Source)));

        Assert.Equal("Bron [1], alinea's 2 en 12", line);
    }

    [Fact]
    public void Document_TheVisitsSource_HasTitlePublisherDateAndEveryCitedParagraph()
    {
        var summary = Summary(UserLanguage.English);

        var text = VisitSources.Document(summary, Assert.Single(summary.Sources));

        Assert.Equal("[1] Staatssecretaris Van der Burg bezoekt collega minister Laftit in Marokko (Ministerie van Justitie en Veiligheid, 21 February 2023), paragraphs 2, 5, 7, 8, 10 and 12", text);
    }

    [Fact]
    public void Number_UnknownSource_Throws()
    {
        Assert.Throws<ArgumentException>(() => VisitSources.Number(Summary(UserLanguage.Dutch), "no-such-source"));
    }
}
