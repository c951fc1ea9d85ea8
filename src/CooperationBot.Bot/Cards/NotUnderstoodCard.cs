using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Help;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>The honest answer to a message the bot has no answer for.</summary>
public static class NotUnderstoodCard
{
    // The lead (why there is no answer) is the message text, fallbackText and speak; the card is the heading and the
    // way to the help card, so the sentence is not shown twice.
    public static AdaptiveCard Create(UserLanguage language) => Card(
        language,
        Pick(
            language,
            "Ik antwoord alleen met feiten uit mijn kennisbank, met bron en datum, en ik gok niet.",
            "I only answer with facts from my knowledge base, with source and date, and I do not guess."),
        [Heading(Pick(language, "Daar heb ik geen antwoord op", "I have no answer to that"))],
        [VerbButton(Pick(language, "Wat kun je?", "What can you do?"), HelpHandler.Verb, language)]);
}
