using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Help;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>The honest answer to a message the bot has no answer for.</summary>
public static class NotUnderstoodCard
{
    public static AdaptiveCard Create(UserLanguage language) => Card(
        language,
        Pick(language, "Daar heb ik geen antwoord op.", "I have no answer to that."),
        [
            Heading(Pick(language, "Daar heb ik geen antwoord op", "I have no answer to that")),
            Paragraph(Pick(
                language,
                "Ik antwoord alleen met feiten uit mijn kennisbank, met bron en datum, en ik gok niet.",
                "I only answer with facts from my knowledge base, with source and date, and I do not guess.")),
        ],
        [VerbButton(Pick(language, "Wat kun je?", "What can you do?"), HelpHandler.Verb, language)]);
}
