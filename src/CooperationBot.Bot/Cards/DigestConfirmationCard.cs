using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The short answer to subscribing, saving the settings or unsubscribing. Its sentence (when the digest comes, or
/// that none will) is the message text, fallbackText and speak; the card is the heading, the next time and the
/// buttons, so the sentence is not shown twice.
/// </summary>
public static class DigestConfirmationCard
{
    /// <summary>Subscribed (or settings saved): when the digest comes and when the next one is due.</summary>
    public static AdaptiveCard Subscribed(DigestPreferences preferences, DateTimeOffset? nextDue, bool isChannel, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var text = DigestTexts.Subscribed(preferences, isChannel, language);
        var body = new List<CardElement> { Heading(Pick(language, "Aangemeld", "Subscribed")) };
        if (nextDue is { } next)
        {
            body.Add(Note(Pick(language, "Volgende: ", "Next: ") + DigestTexts.LocalTime(next, preferences.TimeZoneId, language)));
        }

        return Card(
            language,
            text,
            body,
            [DigestTexts.SettingsButton(language), VerbButton(Pick(language, "Afmelden", "Unsubscribe"), DigestVerbs.Unsubscribe, language)]);
    }

    /// <summary>Unsubscribed: no more digests, and how to subscribe again.</summary>
    public static AdaptiveCard Unsubscribed(bool isChannel, UserLanguage language)
    {
        var text = isChannel
            ? Pick(language, "Er komen geen samenvattingen meer in dit kanaal.", "No more digests will be posted into this channel.")
            : Pick(language, "U krijgt geen samenvattingen meer.", "You will get no more digests.");
        return Card(
            language,
            text,
            [Heading(Pick(language, "Afgemeld", "Unsubscribed"))],
            [VerbButton(Pick(language, "Opnieuw aanmelden", "Subscribe again"), DigestVerbs.Subscribe, language)]);
    }
}
