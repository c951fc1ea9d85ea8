using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Help;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The card the bot posts once when it is installed or added to a conversation. Nobody has written yet, so it is in the
/// stored language or the locale's guess, with a one-tap switch to the other language (which answers with the help
/// card in that language and makes it the conversation's language).
/// </summary>
public static class WelcomeCard
{
    // The lead (who the bot is) is the message text, fallbackText and speak; the card starts with the heading and
    // goes on with how it answers, so the sentence is not shown twice.
    public static AdaptiveCard Create(UserLanguage language) => Card(
        language,
        Pick(
            language,
            "Ik ben de assistent voor het migratiepartnerschap tussen Nederland en Marokko, voor medewerkers van Justitie en Veiligheid.",
            "I am the assistant for the migration partnership between the Netherlands and Morocco, for staff of the Ministry of Justice and Security."),
        [
            Heading(Pick(language, "Welkom bij CooperationBot", "Welcome to CooperationBot")),
            Note(Pick(
                language,
                "Elk antwoord komt uit een samengestelde kennisbank en toont de bron en de datum. Typ 'hulp' voor wat ik kan.",
                "Every answer comes from a curated knowledge base and shows its source and date. Type 'help' to see what I can do.")),
        ],
        [
            VerbButton(Pick(language, "Wat kun je?", "What can you do?"), HelpHandler.Verb, language),
            VerbButton(Pick(language, "In English", "In het Nederlands"), HelpHandler.Verb, language.Other()),
        ]);
}
