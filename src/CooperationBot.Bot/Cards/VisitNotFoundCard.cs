using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>No visit matches: says so plainly and lists the visits the bot does know, each with its button.</summary>
public static class VisitNotFoundCard
{
    public static AdaptiveCard Create(string? words, IReadOnlyList<VisitHeadline> known, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(known);
        var lead = string.IsNullOrWhiteSpace(words)
            ? Pick(language, "Ik vond dat bezoek niet in mijn kennis, en ik gok niet.", "I did not find that visit in my knowledge, and I do not guess.")
            : Pick(
                language,
                $"Ik vond geen bezoek bij '{VisitEntries.Quote(words)}' in mijn kennis, en ik gok niet.",
                $"I found no visit matching '{VisitEntries.Quote(words)}' in my knowledge, and I do not guess.");

        // That no visit matches is the message text, fallbackText and speak; the card is the heading and the visits it
        // does know, so the sentence is not shown twice.
        var body = new List<CardElement> { Heading(Pick(language, "Geen bezoek gevonden", "No visit found")) };
        if (known.Count == 0)
        {
            body.Add(Note(Pick(language, "Er staan nog geen bezoeken in mijn kennis.", "My knowledge holds no visits yet.")));
        }
        else
        {
            body.Add(new TextBlock(Pick(language, "Bezoeken die ik ken:", "Visits I know:")) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
            body.AddRange(VisitEntries.For(known, language));
        }

        return Card(language, lead, body);
    }
}
