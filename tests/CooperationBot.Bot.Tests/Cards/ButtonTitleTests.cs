using CooperationBot.Bot.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class ButtonTitleTests
{
    [Theory]
    [InlineData("Wat is een laissez-passer?")]
    [InlineData("Wanneer was Van der Burg in Marokko, en waarom?")]
    public void Shorten_TextThatFits_IsKeptAsItIs(string text)
    {
        Assert.Equal(text, ButtonTitle.Shorten(text, 50));
    }

    [Fact]
    public void Shorten_ExactlyTheLimit_IsKeptOneMoreIsCut()
    {
        Assert.Equal("Wat betekent het bezoek voor de relatie?", ButtonTitle.Shorten("Wat betekent het bezoek voor de relatie?"));
        Assert.Equal("Wat betekent het bezoek voor de…", ButtonTitle.Shorten("Wat betekent het bezoek voor de relaties?"));
    }

    [Theory]
    [InlineData("Hoe gaat de terugkeersamenwerking met Marokko?", 40, "Hoe gaat de terugkeersamenwerking met…")]
    [InlineData("Op welke gebieden werken Nederland en Marokko samen in het Actieplan?", 40, "Op welke gebieden werken Nederland en…")]
    [InlineData("Hoe steunt Nederland Marokko bij de terugkeer van migranten?", 30, "Hoe steunt Nederland Marokko…")]
    [InlineData("How is return cooperation with Morocco going?", 28, "How is return cooperation…")]
    public void Shorten_LongQuestion_CutsAtTheLastWholeWordAndAddsAnEllipsis(string text, int max, string expected)
    {
        var title = ButtonTitle.Shorten(text, max);

        Assert.Equal(expected, title);
        Assert.InRange(title.Length, 1, max);
        Assert.StartsWith(title.TrimEnd('…'), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shorten_CutBeforeAComma_LeavesNoDanglingPunctuation()
    {
        Assert.Equal("Wie sprak Van der Burg in Rabat…", ButtonTitle.Shorten("Wie sprak Van der Burg in Rabat, en over welke onderwerpen?", 33));
    }

    [Fact]
    public void Shorten_WordBoundaryKeepsTooLittle_CutsInsideTheLongWord()
    {
        Assert.Equal("Hoe gaat de terugkeersamenw…", ButtonTitle.Shorten("Hoe gaat de terugkeersamenwerking met Marokko?", 28));
    }

    [Fact]
    public void Shorten_OneLongWord_IsCutInsideTheWord()
    {
        var title = ButtonTitle.Shorten(new string('x', 60), 40);

        Assert.Equal(new string('x', 39) + "…", title);
    }

    [Fact]
    public void Shorten_ExtraWhitespace_IsCollapsed()
    {
        Assert.Equal("Wat is een laissez-passer?", ButtonTitle.Shorten("  Wat is  een\nlaissez-passer? "));
    }
}
