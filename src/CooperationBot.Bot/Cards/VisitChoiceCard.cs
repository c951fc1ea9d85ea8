using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>Several visits match what the user typed: one button per visit to choose from.</summary>
public static class VisitChoiceCard
{
    public static AdaptiveCard Create(IReadOnlyList<VisitHeadline> visits, string words, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(words);
        var lead = Pick(
            language,
            $"{visits.Count} bezoeken passen bij '{VisitEntries.Quote(words)}'.",
            $"{visits.Count} visits match '{VisitEntries.Quote(words)}'.");

        // How many visits match is the message text, fallbackText and speak; the card asks which one (its heading)
        // and lists them, so the sentence is not shown twice.
        var body = new List<CardElement> { Heading(Pick(language, "Welk bezoek bedoel je?", "Which visit do you mean?")) };
        body.AddRange(VisitEntries.For(visits, language));
        return Card(language, lead, body);
    }
}
