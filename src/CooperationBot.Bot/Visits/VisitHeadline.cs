using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>A visit as a list shows it: id, title, date and place in one language.</summary>
public sealed record VisitHeadline(string VisitId, string Title, DateOnly Date, string Place)
{
    public static VisitHeadline From(Visit visit, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new VisitHeadline(
            visit.Id,
            VisitSummaryBuilder.Pick(visit.Title, language).Text,
            visit.Date,
            VisitSummaryBuilder.Pick(visit.Place, language).Text);
    }

    public static IReadOnlyList<VisitHeadline> From(IEnumerable<Visit> visits, UserLanguage language) =>
        [.. visits.Select(v => From(v, language))];
}
