using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Storage;

namespace CooperationBot.Bot.Tests.Curators;

public sealed class GapReportBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static KnowledgeGap Asked(string question, int day, string language = "nl", params (string Id, double Score)[] candidates) =>
        new(KnowledgeGapKind.Unanswered, question, language, Start.AddDays(day), [.. candidates.Select(c => new GapCandidate(c.Id, c.Score))], null, []);

    private static KnowledgeGap PartlyKnown(string question, int day, string missing, params (string Id, double Score)[] nearest) =>
        new(KnowledgeGapKind.PartlyKnown, question, "nl", Start.AddDays(day), [.. nearest.Select(c => new GapCandidate(c.Id, c.Score))], null, [], missing);

    private static KnowledgeGap Voted(string[] items, int day, string? comment = null, string? question = "Wat is een laissez-passer?") =>
        new(KnowledgeGapKind.DownVoted, question, "nl", Start.AddDays(day), [], comment, items);

    private static GapReport Build(params KnowledgeGap[] gaps) => GapReportBuilder.Build(gaps, null, Now);

    [Fact]
    public void Build_DutchParaphrasesAndTypos_FormOneGroup()
    {
        var report = Build(
            Asked("Hoeveel asielaanvragen deden Marokkanen in 2024?", 1),
            Asked("Hoeveel asielaanvragen van Marokkanen waren er in 2024?", 2),
            Asked("hoeveel asielaanvragn deden marrokanen in 2024", 3),
            Asked("Wat is de hoofdstad van Frankrijk?", 4));

        Assert.Equal(2, report.Unanswered.Count);
        var group = report.Unanswered[0];
        Assert.Equal(3, group.Count);
        Assert.Equal(3, group.Examples.Count);
        Assert.Equal(["Wat is de hoofdstad van Frankrijk?"], report.Unanswered[1].Examples);
    }

    [Fact]
    public void Build_EnglishParaphrases_FormOneGroup()
    {
        var report = Build(
            Asked("How many Moroccans returned in 2024?", 1, "en"),
            Asked("How many moroccans have returned in 2024", 2, "en"),
            Asked("Who is the ambassador of Morocco?", 3, "en"));

        Assert.Equal([2, 1], report.Unanswered.Select(g => g.Count));
    }

    [Fact]
    public void Build_DutchAndEnglishWithTheSameNearestItem_FormOneGroup()
    {
        var report = Build(
            Asked("Hoeveel laissez-passers gaf Marokko in 2024 af?", 1, "nl", ("laissez-passers", 0.31)),
            Asked("How many laissez-passers did Morocco issue in 2024?", 2, "en", ("laissez-passers", 0.28), ("terugkeer-125", 0.1)));

        var group = Assert.Single(report.Unanswered);
        Assert.Equal(["en", "nl"], group.Languages);
        Assert.Equal(new GroupCandidate("laissez-passers", 2, 0.31), group.Candidates[0]);
        Assert.Equal(new GroupCandidate("terugkeer-125", 1, 0.1), group.Candidates[1]);
    }

    [Fact]
    public void Build_SameNearestItemButUnrelatedWords_StayApart()
    {
        var report = Build(
            Asked("Hoeveel laissez-passers gaf Marokko af?", 1, "nl", ("laissez-passers", 0.3)),
            Asked("Wanneer opent het nieuwe consulaat?", 2, "nl", ("laissez-passers", 0.1)));

        Assert.Equal(2, report.Unanswered.Count);
    }

    [Fact]
    public void Build_SameNearestItemAndOneGenericWordInCommon_StayApart()
    {
        var report = Build(
            Asked("Een vraag over het paspoort", 1, "nl", ("terugkeer-125", 0.2)),
            Asked("Een vraag over het consulaat", 2, "nl", ("terugkeer-125", 0.2)));

        Assert.Equal(2, report.Unanswered.Count);
    }

    [Fact]
    public void Build_PartlyKnownAndRefusedQuestions_FormOneGroupThatShowsTheMissingParts()
    {
        var report = Build(
            PartlyKnown("Hoeveel vrouwen keerden terug naar Marokko?", 1, "vrouwen", ("terugkeer-125", 0.74)),
            PartlyKnown("Hoeveel vrouwen keerden in 2021 terug naar Marokko?", 2, "vrouwen; 2021", ("terugkeer-125", 0.7)),
            Asked("Hoeveel Marokkaanse vrouwen keerden terug?", 3, "nl", ("terugkeer-125", 0.3), ("laissez-passers", 0.1)),
            Asked("Wie is de ambassadeur?", 4));

        Assert.Equal((4, 2), (report.UnansweredCount, report.PartlyKnownCount));
        Assert.Equal(2, report.Unanswered.Count);
        var group = report.Unanswered[0];
        Assert.Equal(3, group.Count);
        Assert.Contains("Hoeveel Marokkaanse vrouwen keerden terug?", group.Examples);
        Assert.Equal(["vrouwen", "2021"], group.Missing);
        Assert.Equal([new GroupCandidate("terugkeer-125", 3, 0.74), new GroupCandidate("laissez-passers", 1, 0.1)], group.Candidates);
        Assert.Empty(report.Unanswered[1].Missing);
    }

    [Fact]
    public void Build_MissingParts_OneEachWhateverTheCaseMostOftenMissingFirstAndAtMostThree()
    {
        var report = Build(
            PartlyKnown("Hoeveel vrouwen keerden terug naar Marokko?", 1, "Vrouwen"),
            PartlyKnown("Hoeveel vrouwen keerden in 2021 terug naar Marokko?", 2, "vrouwen; 2021"),
            PartlyKnown("Hoeveel vrouwen keerden in 2022 terug naar Marokko?", 3, "2022 ; 2021 ;"),
            PartlyKnown("Hoeveel kinderen keerden in 2023 terug naar Marokko?", 4, "kinderen; 2023"));

        var group = Assert.Single(report.Unanswered);
        Assert.Equal(["2021", "Vrouwen", "2022"], group.Missing);
    }

    [Fact]
    public void Build_Group_CountsExamplesMostAskedFirstAndFirstAndLastSeen()
    {
        var report = Build(
            Asked("Hoeveel visa heeft Marokko in totaal afgegeven?", 5),
            Asked("Hoeveel visa heeft Marokko afgegeven?", 1),
            Asked("Hoeveel visa heeft Marokko afgegeven?", 9, "en"),
            Asked("Hoeveel visa heeft Marokko in totaal afgegeven?", 3),
            Asked("Hoeveel visa heeft Marokko in totaal afgegeven?", 7));

        var group = Assert.Single(report.Unanswered);
        Assert.Equal(5, group.Count);
        Assert.Equal(["Hoeveel visa heeft Marokko in totaal afgegeven?", "Hoeveel visa heeft Marokko afgegeven?"], group.Examples);
        Assert.Equal(["en", "nl"], group.Languages);
        Assert.Equal(Start.AddDays(1), group.FirstSeen);
        Assert.Equal(Start.AddDays(9), group.LastSeen);
        Assert.Equal(5, report.UnansweredCount);
    }

    [Fact]
    public void Build_Groups_MostFrequentFirst()
    {
        var report = Build(
            Asked("Wie is de ambassadeur?", 1),
            Asked("Hoeveel visa gaf Marokko af?", 2),
            Asked("Hoeveel visa gaf Marokko af?", 3),
            Asked("Wat kost een paspoort?", 8));

        Assert.Equal(
            ["Hoeveel visa gaf Marokko af?", "Wat kost een paspoort?", "Wie is de ambassadeur?"],
            report.Unanswered.Select(g => g.Examples[0]));
    }

    [Fact]
    public void Build_SameGapsInAnyOrder_SameReport()
    {
        KnowledgeGap[] gaps =
        [
            Asked("Hoeveel asielaanvragen deden Marokkanen?", 1, "nl", ("asiel", 0.2)),
            Asked("Hoeveel asielaanvragn deden marrokanen", 2),
            Asked("Wie is de ambassadeur?", 2),
            Asked("Who is the ambassador?", 3, "en"),
            PartlyKnown("Hoeveel asielaanvragen deden Marokkaanse vrouwen?", 2, "vrouwen", ("asiel", 0.7)),
            PartlyKnown("Hoeveel asielaanvragen deden Marokkaanse vrouwen?", 2, "Vrouwen", ("asiel", 0.7)),
            Voted(["a", "b"], 1, "Oud"),
            Voted(["a"], 2, "Fout"),
            Voted(["c"], 3),
        ];

        var expected = System.Text.Json.JsonSerializer.Serialize(GapReportBuilder.Build(gaps, null, Now));
        for (var seed = 0; seed < 5; seed++)
        {
            var shuffled = gaps.OrderBy(_ => Random.Shared.Next()).ToArray();
            Assert.Equal(expected, System.Text.Json.JsonSerializer.Serialize(GapReportBuilder.Build(shuffled, null, Now)));
        }
    }

    [Fact]
    public void Build_DownVotes_GroupedByTheAnswersMainItemWithCommentsNewestFirst()
    {
        var report = Build(
            Voted(["laissez-passers", "terugkeer-125"], 1, "Te kort"),
            Voted(["laissez-passers"], 4, "Cijfer is oud"),
            Voted(["laissez-passers", "visa"], 6),
            Voted(["terugkeer-125"], 2, "Bron?"),
            Voted([], 3, "Geen idee", question: null));

        Assert.Equal(5, report.DownVoteCount);
        var first = report.DownVoted[0];
        Assert.Equal("laissez-passers", first.ItemId);
        Assert.Equal(3, first.Count);
        Assert.Equal(["laissez-passers", "terugkeer-125", "visa"], first.ItemIds);
        Assert.Equal(["Cijfer is oud", "Te kort"], first.Comments);
        Assert.Equal(["Wat is een laissez-passer?"], first.Questions);
        Assert.Equal((Start.AddDays(1), Start.AddDays(6)), (first.FirstSeen, first.LastSeen));
        Assert.Equal([null, "terugkeer-125"], report.DownVoted.Skip(1).Select(a => a.ItemId));
        Assert.Empty(report.DownVoted[1].Questions);
    }

    [Fact]
    public void Build_Since_LeavesOutOlderGaps()
    {
        var report = GapReportBuilder.Build(
            [Asked("Wie is de ambassadeur?", 1), Asked("Wat kost een paspoort?", 10), Voted(["a"], 2)],
            Start.AddDays(5),
            Now);

        Assert.Equal(["Wat kost een paspoort?"], report.Unanswered.SelectMany(g => g.Examples));
        Assert.Empty(report.DownVoted);
        Assert.Equal(Start.AddDays(5), report.Since);
    }

    [Fact]
    public void Build_NoGaps_EmptyReport()
    {
        var report = Build();

        Assert.Equal((0, 0, 0), (report.UnansweredCount, report.PartlyKnownCount, report.DownVoteCount));
        Assert.Empty(report.Unanswered);
        Assert.Empty(report.DownVoted);
        Assert.Equal(Now, report.GeneratedAt);
    }
}
