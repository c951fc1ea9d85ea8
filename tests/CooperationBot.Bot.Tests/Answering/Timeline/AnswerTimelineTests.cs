using CooperationBot.Bot.Answering.Timeline;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Tests.Knowledge;

namespace CooperationBot.Bot.Tests.Answering.Timeline;

public sealed class AnswerTimelineTests
{
    private static readonly KnowledgeBase Growing = GrowingTestData.Snapshot.Knowledge;

    [Fact]
    public void Current_ChainOfReplacements_FollowsItToTheEndAndListsWhatItReplacedNewestFirst()
    {
        // A made-up third agreement (dated by its own when) that replaces the 2024 one, which replaced the 2022 one.
        var akkoord2024 = Growing.Facts.Single(f => f.Id == "akkoord-2024");
        var akkoord2026 = akkoord2024 with
        {
            Id = "akkoord-2026",
            Supersedes = ["akkoord-2024"],
            When = new TimeReference { Date = new DateOnly(2026, 1, 1) },
        };
        var timeline = new AnswerTimeline(Growing with { Facts = [.. Growing.Facts, akkoord2026] });

        Assert.Equal("akkoord-2026", timeline.Current("akkoord-2022"));
        Assert.Equal(
            [("akkoord-2024", new DateOnly(2026, 1, 1)), ("akkoord-2022", new DateOnly(2024, 9, 16))],
            timeline.Replaced("akkoord-2026"));
        Assert.True(timeline.IsSuperseded("akkoord-2024"));
        Assert.False(timeline.IsSuperseded("akkoord-2026"));
    }

    [Fact]
    public void Current_CycleInAFileThatDidNotValidate_StopsInsteadOfLooping()
    {
        var facts = Growing.Facts.Select(f => f.Id == "akkoord-2022" ? f with { Supersedes = ["akkoord-2024"] } : f).ToList();
        var timeline = new AnswerTimeline(Growing with { Facts = facts });

        Assert.Equal("akkoord-2024", timeline.Current("akkoord-2022"));
        Assert.Equal("akkoord-2022", timeline.Current("akkoord-2024"));
        Assert.Single(timeline.Replaced("akkoord-2024"));
    }

    [Fact]
    public void SeriesOfAndConflictsOf_GrowingKnowledge_GiveTheValuesNewestFirstAndTheOtherSource()
    {
        var timeline = new AnswerTimeline(Growing);

        Assert.Equal([310m, 250m, 260m, 180m, 100m], timeline.SeriesOf("teruggekeerd-2024-03").Select(f => f.Value));
        Assert.Equal(["teruggekeerd-2024-12-bureau"], timeline.ConflictsOf("teruggekeerd-2024-12-ministerie"));
        Assert.Equal(["programma-begon-mei"], timeline.ConflictsOf("programma-begon-april"));
        Assert.Empty(timeline.SeriesOf("akkoord-2024"));
        Assert.Equal(new DateOnly(2025, 6, 30), timeline.DateOf("teruggekeerd-2025-06"));
        Assert.Equal(new DateOnly(2024, 9, 16), timeline.DateOf("de-vries"));
        Assert.Equal(new DateOnly(2025, 7, 2), timeline.SourceDateOf("teruggekeerd-2025-06"));
    }
}
