using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Bot.Tests.Phrasing;

public class NumberMentionsTests
{
    [Theory]
    [InlineData("zijn honderdvijfentwintig Marokkanen", "honderdvijfentwintig", "nl:125")]
    [InlineData("zijn honderd vijfentwintig Marokkanen", "honderd vijfentwintig", "nl:125")]
    [InlineData("one hundred and twenty-five nationals", "one hundred and twenty-five", "en:125")]
    [InlineData("tweeëntwintig landen", "tweeëntwintig", "nl:22")]
    [InlineData("drie miljoen euro", "drie miljoen", "nl:3000000")]
    [InlineData("twee duizend", "twee duizend", "nl:2000")]
    [InlineData("één bezoek", "één", "nl:1")]
    [InlineData("nul gevallen", "nul", "nl:0")]
    [InlineData("seventeen cases", "seventeen", "en:17")]
    public void Find_NumberWords_ReadsTheirValue(string text, string written, string reading)
    {
        var mention = Assert.Single(NumberMentions.Find(text));

        Assert.Equal(written, mention.Written);
        Assert.Contains(reading, mention.Readings);
    }

    [Theory]
    [InlineData("1.234", "nl:1234", "en:1.234")]
    [InlineData("1,234", "en:1234", "nl:1.234")]
    [InlineData("12,5", "nl:12.5", null)]
    [InlineData("12.5", "en:12.5", null)]
    [InlineData("125", "nl:125", "en:125")]
    [InlineData("25%", "nl:25%", "en:25%")]
    [InlineData("25 procent", "nl:25%", "en:25%")]
    [InlineData("1.250.000", "nl:1250000", null)]
    public void Find_DigitNotations_GivesDutchAndEnglishReadings(string text, string reading, string? otherReading)
    {
        var mention = Assert.Single(NumberMentions.Find(text));

        Assert.Contains(reading, mention.Readings);
        Assert.Equal(otherReading is null ? 1 : 2, mention.Readings.Count);
        if (otherReading is not null)
        {
            Assert.Contains(otherReading, mention.Readings);
        }
    }

    [Theory]
    [InlineData("een kennismakingsbezoek in Marokko")]
    [InlineData("Nederland en Marokko werken samen")]
    [InlineData("de tweede stap, vaak genoemd, often said")]
    public void Find_NoNumber_FindsNothing(string text)
    {
        Assert.Empty(NumberMentions.Find(text));
    }
}
