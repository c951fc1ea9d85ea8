using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>The visits in the knowledge (all, or those matching a filter), newest first, each with a summary button.</summary>
public static class VisitListCard
{
    public static AdaptiveCard Create(IReadOnlyList<VisitHeadline> visits, string? filter, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var title = Pick(language, "Bezoeken", "Visits");
        var count = visits.Count == 1 ? Pick(language, "1 bezoek", "1 visit") : Pick(language, $"{visits.Count} bezoeken", $"{visits.Count} visits");
        var lead = string.IsNullOrWhiteSpace(filter)
            ? Pick(language, $"{count} in mijn kennis, nieuwste eerst.", $"{count} in my knowledge, newest first.")
            : Pick(language, $"{count} bij '{VisitEntries.Quote(filter)}', nieuwste eerst.", $"{count} matching '{VisitEntries.Quote(filter)}', newest first.");

        // How many visits, newest first, is the message text, fallbackText and speak; the card is the heading and the
        // visits, so the sentence is not shown twice.
        var body = new List<CardElement> { Heading(title) };
        body.AddRange(VisitEntries.For(visits, language));
        return Card(language, lead, body);
    }
}
