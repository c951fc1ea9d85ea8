using CooperationBot.Benchmarks.Synthetic;

namespace CooperationBot.Benchmarks.Tests.Latency;

/// <summary>The plain-Lucene baseline searches the same text as the pipeline: the fact a curated question was asked of is in its top 5.</summary>
public sealed class LuceneBaselineTests
{
    [Fact]
    public void Search_CuratedQuestionsOfTheMix_FindTheirFactInTheTopFive()
    {
        var snapshot = Measure.Snapshot(1_000);
        var askedOf = snapshot.Knowledge.Facts
            .SelectMany(f => f.Questions.SelectMany(q => new[] { q.Nl, q.En }).OfType<string>().Select(text => (text, f.Id)))
            .GroupBy(q => q.text, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.Ordinal);
        using var baseline = LuceneBaseline.Build(snapshot);

        var curated = SyntheticQuestions.Mix(snapshot.Knowledge, 600, Measure.DefaultSeed)
            .Where(q => askedOf.ContainsKey(q.Text)).ToList();
        var found = curated.Count(q => baseline.Search(q.Text).Contains(askedOf[q.Text]));

        Assert.True(curated.Count > 200, $"only {curated.Count} curated questions without a typo in the mix");
        // Measured 2026-12-07: 502 of 502 (2,000 items, 1,000 questions).
        Assert.True(found >= curated.Count * 0.95, $"the asked fact is in the top 5 for {found} of {curated.Count} curated questions");
    }

    [Theory]
    [InlineData("")]
    [InlineData("de het een?")]
    [InlineData("\"(*:")]
    public void Search_NoSearchableWord_NoHits(string question)
    {
        using var baseline = LuceneBaseline.Build(Measure.Snapshot(100));

        Assert.Empty(baseline.Search(question));
    }
}
