using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Visits;

public class VisitHandlerTests
{
    [Theory]
    [InlineData("bezoeken", "")]
    [InlineData("bezoeken 2023", "2023")]
    [InlineData("visit  Laftit  2023 ", "Laftit  2023")]
    [InlineData("bezoek\tMarokko", "Marokko")]
    public void WordsAfterCommand_Text_IsWhatFollowsTheCommandWord(string text, string expected)
    {
        Assert.Equal(expected, VisitHandler.WordsAfterCommand(text));
    }

    [Fact]
    public void WordsAfterCommand_LongText_IsCut()
    {
        Assert.Equal(VisitHandler.MaxWordsLength, VisitHandler.WordsAfterCommand("bezoek " + new string('a', 1000)).Length);
    }

    [Theory]
    [InlineData("bezoeken", true)]
    [InlineData("Visits Laftit", true)]
    [InlineData("bezoek", true)]
    [InlineData("bezoekers uit Marokko", false)]
    [InlineData("Hoeveel bezoeken waren er?", false)]
    public void ListPattern_Text_MatchesOnlyTheListCommand(string text, bool matches)
    {
        Assert.Equal(matches, System.Text.RegularExpressions.Regex.IsMatch(text, VisitHandler.ListPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("bezoek Marokko", true)]
    [InlineData("visit Laftit 2023", true)]
    [InlineData("bezoek", false)]
    [InlineData("Wat gebeurde er tijdens het bezoek?", false)]
    public void VisitPattern_Text_MatchesOnlyTheVisitCommandWithWords(string text, bool matches)
    {
        Assert.Equal(matches, System.Text.RegularExpressions.Regex.IsMatch(text, VisitHandler.VisitPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }
}
