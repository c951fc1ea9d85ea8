using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Briefings;

public sealed class BriefingFileNameTests
{
    [Theory]
    [InlineData(UserLanguage.Dutch, "briefing-2023-02-21-marokko-nl.docx")]
    [InlineData(UserLanguage.English, "briefing-2023-02-21-morocco-en.docx")]
    public void For_MoroccoVisit_DatePlaceAndLanguage(UserLanguage language, string expected)
    {
        var snapshot = TestKnowledge.Real;
        var summary = VisitSummaryBuilder.Build(snapshot, snapshot.Knowledge.Visits[0], language);

        Assert.Equal(expected, BriefingFileName.For(summary));
    }

    [Fact]
    public void For_PlaceWithAccentsAndPunctuation_AsciiSlug()
    {
        var snapshot = TestKnowledge.Real;
        var summary = VisitSummaryBuilder.Build(snapshot, snapshot.Knowledge.Visits[0], UserLanguage.Dutch) with { Place = "Rabat / Salé, \"Marokko\"" };

        Assert.Equal("briefing-2023-02-21-rabat-sale-marokko-nl.docx", BriefingFileName.For(summary));
    }
}
