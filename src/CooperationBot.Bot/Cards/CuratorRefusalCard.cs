using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>The polite "no" to <c>curator report</c> from someone who is not a curator.</summary>
public static class CuratorRefusalCard
{
    public static AdaptiveCard Create(UserLanguage language)
    {
        var text = Pick(
            language,
            "Dit overzicht is alleen voor de beheerders van de kennisbank.",
            "This overview is only for the curators of the knowledge base.");

        // The refusal is the message text, fallbackText and speak; the card starts with the heading and goes on with
        // what to do instead, so the sentence is not shown twice.
        return Card(
            language,
            text,
            [
                Heading(Pick(language, "Alleen voor beheerders", "For curators only")),
                Note(Pick(
                    language,
                    "Mist u iets in mijn antwoorden? Geef een duim omlaag met een toelichting; de beheerders zien die.",
                    "Is something missing from my answers? Give a thumbs-down with a comment; the curators see it.")),
            ]);
    }
}
