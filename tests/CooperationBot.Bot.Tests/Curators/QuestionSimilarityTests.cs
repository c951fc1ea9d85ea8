using CooperationBot.Bot.Curators;

namespace CooperationBot.Bot.Tests.Curators;

public sealed class QuestionSimilarityTests
{
    [Theory]
    [InlineData("marokkanen", "marokko")]
    [InlineData("terugkeer", "terugkeren")]
    [InlineData("asielaanvragen", "asielaanvragn")]
    [InlineData("marokkanen", "marrokanen")]
    public void SameWord_StemOrTypo_IsTrue(string a, string b)
    {
        Assert.True(QuestionSimilarity.SameWord(a, b));
    }

    [Theory]
    [InlineData("2023", "2024")]
    [InlineData("samenwerking", "samenvatting")]
    [InlineData("rol", "rel")]
    [InlineData("visum", "cijfer")]
    public void SameWord_DifferentWordsOrNumbers_IsFalse(string a, string b)
    {
        Assert.False(QuestionSimilarity.SameWord(a, b));
    }

    [Fact]
    public void Of_SameWordsInOtherOrder_IsOne()
    {
        Assert.Equal(1, QuestionSimilarity.Of(["visa", "marokko"], ["marokko", "visa"]));
    }

    [Fact]
    public void Of_HalfTheWordsShared_IsTheJaccardIndex()
    {
        Assert.Equal(2.0 / 4, QuestionSimilarity.Of(["visa", "marokko", "2024"], ["visa", "marokko", "ambassade"]));
    }

    [Fact]
    public void Of_EitherEmpty_IsZero()
    {
        Assert.Equal(0, QuestionSimilarity.Of([], ["visa"]));
        Assert.Equal(0, QuestionSimilarity.Of([], []));
    }
}
