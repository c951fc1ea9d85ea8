using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Bot.Tests.Phrasing;

public class DateMentionsTests
{
    [Theory]
    [InlineData("op 21 februari 2023 bezocht", "21 februari 2023", 2023, 2, 21, null)]
    [InlineData("on February 21, 2023 he", "February 21, 2023", 2023, 2, 21, null)]
    [InlineData("on 21 February 2023 he", "21 February 2023", 2023, 2, 21, null)]
    [InlineData("datum 2023-02-21", "2023-02-21", 2023, 2, 21, null)]
    [InlineData("in maart 2023 reisde", "maart 2023", 2023, 3, null, null)]
    [InlineData("vanaf eind 2022 is", "eind 2022", 2022, null, null, "end")]
    [InlineData("from the end of 2022 the", "end of 2022", 2022, null, null, "end")]
    [InlineData("since early 2023", "early 2023", 2023, null, null, "start")]
    [InlineData("medio 2021 was", "medio 2021", 2021, null, null, "middle")]
    [InlineData("in 2019 was", "2019", 2019, null, null, null)]
    [InlineData("in mei kwam", "mei", null, 5, null, null)]
    public void Find_DateForms_ReadsTheirParts(string text, string written, int? year, int? month, int? day, string? part)
    {
        var date = Assert.Single(DateMentions.Find(text));

        Assert.Equal((written, year, month, day, part), (date.Written, date.Year, date.Month, date.Day, date.Part));
    }

    [Theory]
    [InlineData("they may return")]
    [InlineData("125 vreemdelingen en 1.250 euro")]
    public void Find_NoDate_FindsNothing(string text)
    {
        Assert.Empty(DateMentions.Find(text));
    }
}
