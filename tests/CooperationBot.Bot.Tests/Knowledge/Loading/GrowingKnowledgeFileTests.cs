using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Timeline;

namespace CooperationBot.Bot.Tests.Knowledge.Loading;

/// <summary>The made-up knowledge that grows over time (TestData/Growing) validates and holds every case it is meant to.</summary>
public sealed class GrowingKnowledgeFileTests
{
    [Fact]
    public void Load_GrowingKnowledge_ValidatesWithItsTwoConflictsAsWarnings()
    {
        var result = new KnowledgeFileLoader().Load(GrowingTestData.KnowledgePath, "knowledge.yaml");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        var warnings = result.Diagnostics.Select(diagnostic => diagnostic.ToString()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("knowledge.yaml:84:22: warning:", StringComparison.Ordinal) && w.Contains("'programma-begon-april'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("knowledge.yaml:126:12: warning:", StringComparison.Ordinal) && w.Contains("260", StringComparison.Ordinal) && w.Contains("250", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GrowingKnowledge_HasTheCasesOfKnowledgeThatChanges()
    {
        var knowledge = GrowingTestData.Snapshot.Knowledge;
        var timeline = new KnowledgeTimeline(knowledge);

        Assert.True(knowledge.Sources.Count >= 3);
        Assert.True(knowledge.Sources.Max(s => s.Date).Year - knowledge.Sources.Min(s => s.Date).Year >= 1);
        Assert.Equal([310m, 250m, 260m, 180m, 100m], timeline.Series("teruggekeerd-terugreisprogramma").Select(f => f.Value));
        Assert.Equal(["akkoord-2024"], timeline.SupersededBy("akkoord-2022"));
        Assert.Equal(["de-vries"], timeline.SupersededBy("jansen"));
        Assert.Equal(2, timeline.Conflicts.Count);
        Assert.All(knowledge.Sources, s => Assert.StartsWith("TESTDATA:", s.Title, StringComparison.Ordinal));
        Assert.All(
            Directory.GetFiles(Path.Combine(GrowingTestData.Folder, "sources")),
            file => Assert.StartsWith("TESTDATA:", File.ReadAllText(file), StringComparison.Ordinal));
    }
}
