using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Timeline;

namespace CooperationBot.Bot.Tests.Knowledge.Timeline;

/// <summary>The series, superseded items and conflicts of TestData/Changes/knowledge.yaml, read through <see cref="KnowledgeTimeline"/>.</summary>
public sealed class KnowledgeTimelineTests
{
    [Fact]
    public void Series_Measure_FiguresNewestFirst()
    {
        using var folder = ChangesTestData.Copy();

        var timeline = new KnowledgeTimeline(ChangesTestData.Load(folder).Knowledge!);

        Assert.Equal(["teruggekeerd-voorbeeldland"], timeline.Measures);
        Assert.Equal(["teruggekeerd-juni", "teruggekeerd-bureau", "teruggekeerd-maart"], timeline.Series("teruggekeerd-voorbeeldland").Select(figure => figure.Id));
        Assert.Empty(timeline.Series("onbekend"));
    }

    [Fact]
    public void SupersededBy_AgreementAndOfficeHolder_NameTheirSuccessors()
    {
        using var folder = ChangesTestData.Copy();

        var timeline = new KnowledgeTimeline(ChangesTestData.Load(folder).Knowledge!);

        Assert.Equal(["akkoord-2024"], timeline.SupersededBy("akkoord-2022"));
        Assert.Equal(["de-vries"], timeline.SupersededBy("jansen"));
        Assert.True(timeline.IsSuperseded("jansen"));
        Assert.False(timeline.IsSuperseded("de-vries"));
        Assert.Empty(timeline.SupersededBy("akkoord-2024"));
        Assert.Empty(timeline.Conflicts);
    }

    [Fact]
    public void Conflicts_MarkedAndInASeries_EachOnce()
    {
        using var folder = ChangesTestData.Copy();
        folder.ReplaceLine(33, "    conflicts_with: [akkoord-2022, akkoord-2022]");
        folder.ReplaceLine(57, "    as_of: 2024-06-01");

        var timeline = new KnowledgeTimeline(ChangesTestData.Load(folder).Knowledge!);

        Assert.Equal(
            [new KnowledgeConflict("akkoord-geldt", "akkoord-2022", ConflictKind.Marked), new KnowledgeConflict("teruggekeerd-juni", "teruggekeerd-bureau", ConflictKind.SameMeasureAndDate)],
            timeline.Conflicts);
        Assert.Equal([timeline.Conflicts[1]], timeline.ConflictsOf("teruggekeerd-bureau"));
        Assert.Empty(timeline.ConflictsOf("teruggekeerd-maart"));
    }

    [Fact]
    public void SupersededBy_DraftSuccessor_OnlyInTheFileNotInWhatIsServed()
    {
        using var folder = ChangesTestData.Copy();
        folder.Replace("  - id: de-vries\n", "  - id: de-vries\n    status: draft\n");
        var result = ChangesTestData.Load(folder);

        var file = new KnowledgeTimeline(result.Knowledge!);
        var served = new KnowledgeTimeline(new KnowledgeSnapshot(result.Knowledge!, result.Version, DateTimeOffset.UnixEpoch, folder.KnowledgePath).Knowledge);

        Assert.True(file.IsSuperseded("jansen"));
        Assert.False(served.IsSuperseded("jansen"));
    }
}
