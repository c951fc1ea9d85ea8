namespace CooperationBot.AdaptiveCards.Tests;

public sealed class ColumnWidthTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Weighted_NotPositive_Throws(int weight)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weighted(weight));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Pixels_NotPositive_Throws(int pixels)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(pixels));
    }

    [Fact]
    public void ToString_EachKind_ShowsJsonValue()
    {
        Assert.Equal("auto", ColumnWidth.Auto.ToString());
        Assert.Equal("stretch", ColumnWidth.Stretch.ToString());
        Assert.Equal("2", ColumnWidth.Weighted(2).ToString());
        Assert.Equal("120px", ColumnWidth.Pixels(120).ToString());
    }
}
