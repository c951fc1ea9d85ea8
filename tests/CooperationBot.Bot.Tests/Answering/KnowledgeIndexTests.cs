using CooperationBot.Bot.Answering;

namespace CooperationBot.Bot.Tests.Answering;

public class KnowledgeIndexTests
{
    private static readonly KnowledgeIndex Index = KnowledgeIndex.Build(TestKnowledge.Snapshot);

    [Theory]
    [InlineData("Hoeveel Marokkanen zijn teruggekeerd?", "terugkeer-aantal")]
    [InlineData("Hoeveel mensen keerden terug naar Marokko?", "terugkeer-aantal")]
    [InlineData("terugkeer van Marokkaanse vreemdelingen aantal", "terugkeer-aantal")]
    [InlineData("Wat heeft de Raad van State geoordeeld?", "raad-van-state")]
    public void Search_DutchInflections_FindsItemByStem(string question, string expected)
    {
        Assert.Equal(expected, Index.Search(question).Best?.ItemId);
    }

    [Theory]
    [InlineData("How many Moroccans have returned?", "terugkeer-aantal")]
    [InlineData("What did the Council of State rule?", "raad-van-state")]
    [InlineData("Is Morocco a destination country for migrants?", "marokko-doorreis-bestemming")]
    public void Search_EnglishQuestion_FindsItemByEnglishStem(string question, string expected)
    {
        Assert.Equal(expected, Index.Search(question).Best?.ItemId);
    }

    [Theory]
    [InlineData("UNCHR")]
    [InlineData("UNHCR")]
    [InlineData("United Nations High Commissioner for Refugees")]
    public void Search_OrganisationAlias_FindsOrganisation(string question)
    {
        var result = Index.Search(question);

        Assert.Equal("unhcr", result.Best?.ItemId);
        Assert.True(result.Best!.HasEvidence);
    }

    [Fact]
    public void Search_SourceSpellingUnchr_AlsoFindsFactThatWritesUnhcr()
    {
        var hits = Index.Search("Heeft Van der Burg UNCHR bezocht?", maxHits: 5).Hits.Select(h => h.ItemId);

        Assert.Contains("organisaties-bezocht", hits);
    }

    [Theory]
    [InlineData("Hoeveel Marrokanen zijn teruggekeerd?", "terugkeer-aantal")]
    [InlineData("Wat is een laisser-passer?", "laissez-passers")]
    [InlineData("Is de PCR-test vervalen?", "pcr-vervallen")]
    [InlineData("Is Morroco a transit country?", "marokko-doorreis-bestemming")]
    public void Search_Typo_FindsItemByFuzzyMatch(string question, string expected)
    {
        var best = Index.Search(question).Best;

        Assert.Equal(expected, best?.ItemId);
        Assert.True(best!.Confidence >= new AnsweringOptions().MinimumConfidence, $"confidence {best.Confidence:F2}");
    }

    [Fact]
    public void Search_OnlyUnknownWords_FindsNothingAndIsOutOfDomain()
    {
        var result = Index.Search("Wie won de Champions League?");

        Assert.Empty(result.Hits);
        Assert.False(result.InDomain);
    }

    [Fact]
    public void Search_OnlyDomainAnchor_IsNotInDomain()
    {
        var result = Index.Search("Wat is de hoofdstad van Marokko?");

        Assert.False(result.InDomain);
        Assert.True(result.Best is null || result.Best.Confidence < new AnsweringOptions().MinimumConfidence);
    }

    [Fact]
    public void Search_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        string[] questions = ["Hoeveel Marokkanen zijn teruggekeerd?", "What did the Council of State rule?", "UNCHR"];
        var expected = questions.Select(q => Index.Search(q).Best?.ItemId).ToArray();

        var results = Enumerable.Range(0, 400).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (i, Index.Search(questions[i % 3]).Best?.ItemId)).ToList();

        Assert.All(results, r => Assert.Equal(expected[r.i % 3], r.ItemId));
    }
}
