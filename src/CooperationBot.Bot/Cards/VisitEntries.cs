using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The visits of a list, choice or not-found card: per visit its title, date and place, and a summary button.
/// Long lists are cut with a hint to filter, so the card stays small.
/// </summary>
internal static class VisitEntries
{
    public const int MaxShown = 12;

    public static IEnumerable<CardElement> For(IReadOnlyList<VisitHeadline> visits, UserLanguage language)
    {
        foreach (var visit in visits.Take(MaxShown))
        {
            yield return new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items =
                [
                    new TextBlock(visit.Title) { Wrap = true, Weight = TextWeight.Bolder },
                    Note(VisitLines.DateAndPlace(visit.Date, visit.Place, language)),
                    new ActionSet { Actions = [VisitButton.Create(Pick(language, "Samenvatting", "Summary"), visit.VisitId, language)] },
                ],
            };
        }

        if (visits.Count > MaxShown)
        {
            yield return Note(Pick(
                language,
                $"En nog {visits.Count - MaxShown} bezoeken. Verfijn met een jaar, naam of plaats, bijvoorbeeld 'bezoeken 2023'.",
                $"And {visits.Count - MaxShown} more visits. Narrow down with a year, name or place, for example 'visits 2023'."));
        }
    }

    /// <summary>User words shown back on a card, cut to a sensible length.</summary>
    public static string Quote(string words) => words.Length <= 80 ? words : words[..80] + "…";
}
