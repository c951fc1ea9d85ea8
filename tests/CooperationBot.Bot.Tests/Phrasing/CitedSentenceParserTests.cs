using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Bot.Tests.Phrasing;

public class CitedSentenceParserTests
{
    [Theory]
    [InlineData("Marokko neemt weer onderdanen terug [a].")]
    [InlineData("Marokko neemt weer onderdanen terug. [a]")]
    [InlineData("Marokko neemt weer onderdanen terug [a] .")]
    [InlineData("Marokko neemt  weer\nonderdanen terug [a]")]
    public void Parse_CitationBeforeOrAfterFullStop_GivesOneCitedSentence(string text)
    {
        var sentence = Assert.Single(CitedSentenceParser.Parse(text));

        Assert.StartsWith("Marokko neemt weer onderdanen terug", sentence.Text, StringComparison.Ordinal);
        Assert.Equal(["a"], sentence.CitedIds);
    }

    [Theory]
    [InlineData("Zin [a][b].")]
    [InlineData("Zin [a, b].")]
    [InlineData("Zin [a; b] [a].")]
    public void Parse_SeveralCitations_GivesDistinctIdsInOrder(string text)
    {
        Assert.Equal(["a", "b"], Assert.Single(CitedSentenceParser.Parse(text)).CitedIds);
    }

    [Fact]
    public void Parse_TextAfterLastCitation_IsAnUncitedSentence()
    {
        var sentences = CitedSentenceParser.Parse("Eerste zin [a]. Tweede zin zonder bron.");

        Assert.Equal(2, sentences.Count);
        Assert.Equal("Tweede zin zonder bron.", sentences[1].Text);
        Assert.Empty(sentences[1].CitedIds);
    }

    [Fact]
    public void Parse_DecimalNumberInSentence_DoesNotSplit()
    {
        var sentence = Assert.Single(CitedSentenceParser.Parse("Er keerden 1.250 mensen terug [a]."));

        Assert.Equal("Er keerden 1.250 mensen terug.", sentence.Text);
    }
}
