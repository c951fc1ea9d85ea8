using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>The short digest of a day on which nothing in the knowledge changed.</summary>
public static class DigestNoChangesCard
{
    /// <param name="date">The digest's date.</param>
    /// <param name="knowledgeVersion">The knowledge version compared.</param>
    /// <param name="since">The date of the previous digest, when there was one.</param>
    /// <param name="language">The card's language.</param>
    public static AdaptiveCard Create(DateOnly date, string knowledgeVersion, DateOnly? since, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(knowledgeVersion);
        var text = since is { } previous
            ? Pick(
                language,
                $"Sinds uw vorige samenvatting van {CardDates.Format(previous, language)} is er niets veranderd in de kennis.",
                $"Nothing in the knowledge has changed since your previous digest of {CardDates.Format(previous, language)}.")
            : Pick(language, "Er is niets veranderd in de kennis.", "Nothing in the knowledge has changed.");

        // That nothing changed is the message text, fallbackText and speak; the card is the heading, date and
        // knowledge version and the settings button, so the sentence is not shown twice.
        return Card(
            language,
            text,
            [Heading(DigestTexts.Title(language)), Note(DigestTexts.DateAndVersion(date, knowledgeVersion, language))],
            [DigestTexts.SettingsButton(language)]);
    }
}
