using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>The short answer to subscribing, saving the settings or unsubscribing.</summary>
public static class DigestConfirmationCard
{
    /// <summary>Subscribed (or settings saved): when the digest comes and when the next one is due.</summary>
    public static AdaptiveCard Subscribed(DigestPreferences preferences, DateTimeOffset? nextDue, bool isChannel, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var schedule = DigestTexts.Schedule(preferences, language);
        var text = isChannel
            ? Pick(language, $"De samenvatting komt in dit kanaal, {schedule}.", $"The digest is posted into this channel {schedule}.")
            : Pick(language, $"U krijgt de samenvatting {schedule}.", $"You get the digest {schedule}.");
        var body = new List<CardElement> { Heading(Pick(language, "Aangemeld", "Subscribed")), Paragraph(text) };
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
            [Heading(Pick(language, "Afgemeld", "Unsubscribed")), Paragraph(text)],
            [VerbButton(Pick(language, "Opnieuw aanmelden", "Subscribe again"), DigestVerbs.Subscribe, language)]);
    }
}
