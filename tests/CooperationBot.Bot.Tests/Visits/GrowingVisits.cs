using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Knowledge;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Visits;

/// <summary>
/// The visits of the growing test knowledge (TestData/Growing, every text TESTDATA), and made-up visits on other dates
/// added in memory (the file is not changed), for summaries that show items as they stood on the visit date.
/// </summary>
internal static class GrowingVisits
{
    public const string Early = "bezoek-voorbeeldstad-2024-03-04";
    public const string Late = "bezoek-voorbeeldstad-2025-07-01";

    public static Visit Visit(string id) => GrowingTestData.Snapshot.Knowledge.Visits.Single(v => v.Id == id);

    public static VisitSummary Summary(string id, UserLanguage language = UserLanguage.Dutch) =>
        VisitSummaryBuilder.Build(GrowingTestData.Snapshot, Visit(id), language);

    /// <summary>The summary of a copy of the early visit moved to <paramref name="date"/>, listing <paramref name="figureIds"/>.</summary>
    public static VisitSummary On(DateOnly date, string[] figureIds, KnowledgeSnapshot? snapshot = null, UserLanguage language = UserLanguage.Dutch)
    {
        var visit = Visit(Early) with { Id = "bezoek-testdatum", Date = date, Figures = figureIds };
        snapshot ??= GrowingTestData.Snapshot;
        return VisitSummaryBuilder.Build(snapshot with { Knowledge = snapshot.Knowledge with { Visits = [.. snapshot.Knowledge.Visits, visit] } }, visit, language);
    }

    /// <summary>The growing knowledge without the figure <paramref name="figureId"/> and the visit that lists it.</summary>
    public static KnowledgeSnapshot Without(string figureId)
    {
        var knowledge = GrowingTestData.Snapshot.Knowledge;
        return GrowingTestData.Snapshot with
        {
            Knowledge = knowledge with
            {
                Figures = [.. knowledge.Figures.Where(f => f.Id != figureId)],
                Visits = [.. knowledge.Visits.Where(v => !v.Figures.Contains(figureId))],
            },
        };
    }

    /// <summary>The growing knowledge with <paramref name="figure"/> added.</summary>
    public static KnowledgeSnapshot With(Figure figure)
    {
        var knowledge = GrowingTestData.Snapshot.Knowledge;
        return GrowingTestData.Snapshot with { Knowledge = knowledge with { Figures = [.. knowledge.Figures, figure] } };
    }
}
