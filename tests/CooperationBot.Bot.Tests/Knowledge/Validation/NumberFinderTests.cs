using CooperationBot.Bot.Knowledge.Validation;

namespace CooperationBot.Bot.Tests.Knowledge.Validation;

public sealed class NumberFinderTests
{
    [Theory]
    [InlineData("keerden 125 Marokkaanse vreemdelingen terug", 125, true)]
    [InlineData("werden 1.250 aanvragen behandeld", 1250, true)]
    [InlineData("1,250 applications", 1250, true)]
    [InlineData("12,5 procent", 12.5, true)]
    [InlineData("keerden 125 Marokkaanse vreemdelingen terug", 12, false)]
    [InlineData("keerden 1125 terug", 125, false)]
    [InlineData("PCR-test", 0, false)]
    public void Contains_WrittenNumbers_MatchDutchAndEnglishNotation(string text, double value, bool expected)
    {
        Assert.Equal(expected, NumberFinder.Contains(text, (decimal)value));
    }
}
