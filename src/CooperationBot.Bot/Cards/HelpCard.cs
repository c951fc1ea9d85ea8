using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Help;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>What the bot can do, as a card: the commands that work, and how it answers.</summary>
public static class HelpCard
{
    public static AdaptiveCard Create(UserLanguage language)
    {
        var other = language.Other();

        // The lead (whom the bot helps with what) is the message text, fallbackText and speak; the card starts with
        // the heading and goes on with the commands, so the sentence is not shown twice.
        return Card(
            language,
            Pick(
                language,
                "Ik help medewerkers van Justitie en Veiligheid met het migratiepartnerschap tussen Nederland en Marokko.",
                "I help staff of the Ministry of Justice and Security with the migration partnership between the Netherlands and Morocco."),
            [
                Heading(Pick(language, "CooperationBot: wat ik kan", "CooperationBot: what I can do")),
                new FactSet
                {
                    Facts =
                    [
                        new Fact(
                            Pick(language, "hulp", "help"),
                            Pick(language, "Dit overzicht.", "This overview.")),
                        new Fact(
                            Pick(language, "een vraag", "a question"),
                            Pick(
                                language,
                                "Stel een vraag in uw eigen woorden, bijvoorbeeld: Hoeveel Marokkanen zijn teruggekeerd? U krijgt het feit met bron en datum, of eerlijk dat ik het niet weet.",
                                "Ask in your own words, for example: How many Moroccans have returned? You get the fact with its source and date, or an honest 'I don't know'.")),
                        new Fact(
                            Pick(language, "bezoeken [filter]", "visits [filter]"),
                            Pick(
                                language,
                                "De bezoeken in mijn kennis, nieuwste eerst; filter op jaar, persoon, plaats of organisatie (bezoeken 2023).",
                                "The visits in my knowledge, newest first; filter by year, person, place or organisation (visits Laftit).")),
                        new Fact(
                            Pick(language, "bezoek <woorden>", "visit <words>"),
                            Pick(
                                language,
                                "De samenvatting van een bezoek met bronnen (bezoek Marokko).",
                                "The summary of a visit with its sources (visit Morocco).")),
                        new Fact(
                            Pick(language, "digest aan [07:30]", "digest subscribe [07:30]"),
                            Pick(
                                language,
                                "Elke werkdag een samenvatting van wat er in mijn kennis nieuw of gewijzigd is; 'digest' voor de instellingen, 'digest status', 'digest uit'.",
                                "Every weekday a digest of what is new or changed in my knowledge; 'digest' for the settings, 'digest status', 'digest unsubscribe'.")),
                    ],
                },
                Note(Pick(
                    language,
                    "Ik antwoord alleen met feiten uit mijn samengestelde kennisbank, met bron en datum. Wat daar niet in staat, verzin ik niet.",
                    "I only answer with facts from my curated knowledge base, with their source and date. I do not make up what is not in it.")),
            ],
            [VerbButton(Pick(language, "In English", "In het Nederlands"), HelpHandler.Verb, other)]);
    }
}
