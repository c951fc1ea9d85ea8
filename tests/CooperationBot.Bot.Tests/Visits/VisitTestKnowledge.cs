using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Tests.Answering;

namespace CooperationBot.Bot.Tests.Visits;

/// <summary>
/// The repository's knowledge for visit tests, and a variant with a second, later visit (a copy of the real one
/// moved to Rabat on 1 May 2024) for lists, filters and choices.
/// </summary>
internal static class VisitTestKnowledge
{
    public const string MoroccoVisitId = "bezoek-marokko-2023-02-21";
    public const string RabatVisitId = "bezoek-rabat-2024-05-01";

    private static readonly Lazy<KnowledgeSnapshot> TwoVisitsSnapshot = new(() =>
    {
        var real = TestKnowledge.Real;
        var second = MoroccoVisit with
        {
            Id = RabatVisitId,
            Date = new DateOnly(2024, 5, 1),
            Title = new LocalizedText { Nl = "Werkbezoek aan Rabat", En = "Working visit to Rabat" },
            Place = new LocalizedText { Nl = "Rabat, Marokko", En = "Rabat, Morocco" },
        };
        return real with { Knowledge = real.Knowledge with { Visits = [.. real.Knowledge.Visits, second] }, Version = "two-visits" };
    });

    public static KnowledgeSnapshot Real => TestKnowledge.Real;

    public static Visit MoroccoVisit => TestKnowledge.Real.Knowledge.Visits.Single(v => v.Id == MoroccoVisitId);

    public static KnowledgeSnapshot TwoVisits => TwoVisitsSnapshot.Value;

    public static KnowledgeSnapshot NoVisits => Real with { Knowledge = Real.Knowledge with { Visits = [] } };
}
