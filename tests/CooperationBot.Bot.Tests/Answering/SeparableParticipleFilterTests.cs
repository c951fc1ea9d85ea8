using CooperationBot.Bot.Answering.Indexing;

namespace CooperationBot.Bot.Tests.Answering;

public class SeparableParticipleFilterTests
{
    [Theory]
    [InlineData("teruggekeerd", "terugkeer")]
    [InlineData("teruggekeerde", "terugkeer")]
    [InlineData("teruggestuurd", "terugstuur")]
    [InlineData("uitgezet", "uitzet")]
    public void Variant_SeparableParticiple_DropsGeAndEnding(string word, string expected)
    {
        Assert.Equal(expected, SeparableParticipleFilter.Variant(word));
    }

    [Theory]
    [InlineData("terugkeer")]
    [InlineData("gebied")]
    [InlineData("opgave")]
    public void Variant_OtherWord_IsNull(string word)
    {
        Assert.Null(SeparableParticipleFilter.Variant(word));
    }
}
