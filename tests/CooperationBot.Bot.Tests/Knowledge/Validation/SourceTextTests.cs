using CooperationBot.Bot.Knowledge.Validation;
using CooperationBot.Testing;

namespace CooperationBot.Bot.Tests.Knowledge.Validation;

public sealed class SourceTextTests
{
    private static readonly Lazy<SourceText> Source = new(() => SourceText.Parse(File.ReadAllText(
        Path.Combine(RepositoryRoot.Directory.FullName, "knowledge", "sources", "000_ef273bc0d1f99a1b.txt"))));

    [Fact]
    public void Parse_RepositorySource_HasTwelveParagraphsCountingTitleAndHeadings()
    {
        var text = Source.Value;

        Assert.Equal(12, text.Paragraphs.Count);
        Assert.StartsWith("date 2023-02 Staatssecretaris", text.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Staatssecretaris Van der Burg bracht 21 februari", text.Paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("De terugkeersamenwerking is sterk verbeterd.", text.Paragraphs[9], StringComparison.Ordinal);
        Assert.EndsWith("International Labour Organization (ILO).", text.Paragraphs[11], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepositorySource_RepairsTheQuoteAndReportsItsDamage()
    {
        var text = Source.Value;

        Assert.StartsWith("“De relatie met Marokko", text.Paragraphs[4], StringComparison.Ordinal);
        Assert.EndsWith("door te praten.”", text.Paragraphs[4], StringComparison.Ordinal);
        Assert.Equal([new SourceDamage(9, 1, "β€œ", "“")], text.Damage);
    }

    [Fact]
    public void Contains_WordsAcrossLineBreaksAndSpaces_MatchAfterCollapsingWhiteSpace()
    {
        var text = SourceText.Parse("Kop\n\nEerste regel\n  tweede   regel.\n");

        Assert.True(text.Contains(2, "regel tweede regel."));
        Assert.False(text.Contains(1, "regel tweede regel."));
        Assert.False(text.Contains(3, "Kop"));
        Assert.Equal([2], text.ParagraphsContaining("tweede regel"));
    }

    [Fact]
    public void Parse_WindowsLineEndings_SplitTheSame()
    {
        Assert.Equal(["Een", "Twee drie"], SourceText.Parse("Een\r\n\r\nTwee\r\ndrie\r\n").Paragraphs);
    }
}
