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
        var title = Pick(language, "Welk bezoek bedoel je?", "Which visit do you mean?");
        var body = new List<CardElement>
        {
            Heading(title),
            Paragraph(Pick(
                language,
                $"{visits.Count} bezoeken passen bij '{VisitEntries.Quote(words)}'. Kies er een:",
                $"{visits.Count} visits match '{VisitEntries.Quote(words)}'. Choose one:")),
        };
        body.AddRange(VisitEntries.For(visits, language));
        return Card(language, title, body);
    }
}
