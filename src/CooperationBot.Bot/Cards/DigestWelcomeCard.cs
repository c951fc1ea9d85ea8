using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The first digest of a subscriber when nothing changed since they subscribed: a short welcome overview of the
/// knowledge instead of "nothing changed". How many facts on which topics, the newest items (each with its source line
/// and date, as the digest shows items), and how to change the time. Every statement comes from the knowledge.
/// </summary>
public static class DigestWelcomeCard
{
    /// <summary>The command shown as the example of another time.</summary>
    private const string ExampleTime = "08:30";

    public static AdaptiveCard Create(DigestOverview overview, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(overview);

        // The welcome with the counts is the message text, fallbackText and speak; the card starts with the heading,
        // date and knowledge version and goes on with the topics, the newest items and how to change the time.
        var body = new List<CardElement>
        {
            Heading(DigestTexts.Title(language)),
            Note(DigestTexts.DateAndVersion(overview.DigestDate, overview.KnowledgeVersion, language)),
        };
        if (overview.Topics.Count > 0)
        {
            body.Add(SectionHeading(Pick(language, "Onderwerpen", "Topics")));
            body.Add(new FactSet
            {
                Facts = [.. overview.Topics.Select(t => new Fact(DigestTexts.In(t.Topic, language), Facts(t.Facts, language)))],
            });
        }

        if (language == UserLanguage.English && overview.Newest.Count > 0)
        {
            body.Add(Note("English translations of the Dutch source texts."));
        }

        DigestCard.AddSection(body, "digest-newest", Pick(language, "Nieuwste", "Newest"), overview.Newest, language);
        body.Add(SectionHeading(Pick(language, "Tijd wijzigen", "Changing the time")));
        body.Add(Paragraph(Pick(
            language,
            $"Typ bijvoorbeeld 'digest aan {ExampleTime}' voor een andere tijd, of kies Instellingen voor de tijd, de dagen en de taal.",
            $"Type for example 'digest subscribe {ExampleTime}' for another time, or choose Settings for the time, the days and the language.")));
        return Card(language, Lead(overview, language), body, [DigestTexts.SettingsButton(language)]);
    }

    private static string Lead(DigestOverview overview, UserLanguage language)
    {
        var facts = Facts(overview.FactCount, language);
        var topics = overview.Topics.Count == 1
            ? Pick(language, "1 onderwerp", "1 topic")
            : Pick(language, $"{overview.Topics.Count} onderwerpen", $"{overview.Topics.Count} topics");
        return Pick(
            language,
            $"Welkom bij de dagelijkse samenvatting. De kennis bevat nu {facts} over {topics}. Vanaf de volgende samenvatting ziet u hier wat er nieuw of gewijzigd is.",
            $"Welcome to the daily digest. The knowledge now holds {facts} on {topics}. From the next digest on, it shows here what is new or changed.");
    }

    private static string Facts(int count, UserLanguage language) => count == 1
        ? Pick(language, "1 feit", "1 fact")
        : Pick(language, $"{count} feiten", $"{count} facts");

    private static TextBlock SectionHeading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };
}
