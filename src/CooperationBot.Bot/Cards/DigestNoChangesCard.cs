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
        var title = DigestTexts.Title(language);
        return Card(
            language,
            $"{title} {CardDates.Format(date, language)}: {text}",
            [Heading(title), Note(DigestTexts.DateAndVersion(date, knowledgeVersion, language)), Paragraph(text)],
            [DigestTexts.SettingsButton(language)]);
    }
}
