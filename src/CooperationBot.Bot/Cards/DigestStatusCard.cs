using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// <c>digest status</c>: subscribed or not, the settings, the next and the last digest, why a subscription is
/// parked, and recent digests that failed or may not have arrived; buttons for the settings and to (un)subscribe.
/// </summary>
public static class DigestStatusCard
{
    /// <summary>The most problem entries listed.</summary>
    public const int MaxProblems = 5;

    /// <param name="subscription">The subscription, or null when there is none.</param>
    /// <param name="recent">The subscriber's recent outbox entries, newest first.</param>
    /// <param name="nextDue">When the next digest is due, or null when none is scheduled.</param>
    /// <param name="language">The card's language.</param>
    public static AdaptiveCard Create(DigestSubscription? subscription, IReadOnlyList<OutboxEntry> recent, DateTimeOffset? nextDue, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(recent);

        // The status in a sentence (not subscribed, when the digest comes, or that the bot stopped it) is the message
        // text, fallbackText and speak; the card starts with the heading and goes on with the settings, the times
        // and any problems, so the sentence is not shown twice.
        var body = new List<CardElement> { Heading(Pick(language, "Dagelijkse samenvatting: status", "Daily digest: status")) };
        if (subscription is null)
        {
            return Card(
                language,
                Pick(
                    language,
                    "U bent niet aangemeld. Met de samenvatting ziet u elke dag wat er in de kennis nieuw of gewijzigd is.",
                    "You are not subscribed. The digest shows you every day what is new or changed in the knowledge."),
                body,
                [VerbButton(Pick(language, "Aanmelden", "Subscribe"), DigestVerbs.Subscribe, language), DigestTexts.SettingsButton(language)]);
        }

        var preferences = subscription.Preferences;
        var zone = preferences.TimeZoneId;
        var facts = new List<Fact>
        {
            new(Pick(language, "Status", "Status"), subscription.State == SubscriptionState.Active
                ? Pick(language, "Aangemeld", "Subscribed")
                : Pick(language, "Gestopt door de bot", "Stopped by the bot")),
            new(Pick(language, "Waar", "Where"), subscription.IsPersonal
                ? Pick(language, "Uw chat met de bot", "Your chat with the bot")
                : Pick(language, "Dit kanaal", "This channel")),
            new(Pick(language, "Tijd", "Time"), $"{DigestTexts.Time(preferences.Time)} ({zone})"),
            new(Pick(language, "Dagen", "Days"), DigestTexts.Days(preferences.Days, language)),
            new(Pick(language, "Taal", "Language"), DigestTexts.LanguageName(preferences.Language, language)),
            new(Pick(language, "Bericht zonder wijzigingen", "Message when unchanged"), DigestTexts.YesNo(preferences.SendWhenUnchanged, language)),
        };
        if (nextDue is { } next && subscription.State == SubscriptionState.Active)
        {
            facts.Add(new(Pick(language, "Volgende", "Next"), DigestTexts.LocalTime(next, zone, language)));
        }

        facts.Add(new(Pick(language, "Laatst bezorgd", "Last delivered"), subscription.LastDeliveredAt is { } last
            ? DigestTexts.LocalTime(last, zone, language)
            : Pick(language, "Nog niet", "Not yet")));
        body.Add(new FactSet { Facts = facts });
        if (subscription.State == SubscriptionState.Parked)
        {
            var at = subscription.ParkedAt is { } parkedAt ? $" ({DigestTexts.LocalTime(parkedAt, zone, language)})" : string.Empty;
            body.Add(new TextBlock(Pick(language, "Gestopt", "Stopped") + at + ": " + (subscription.ParkedReason ?? "?"))
            {
                Wrap = true,
                Color = TextColor.Warning,
            });
        }

        AddProblems(body, recent, language);
        var change = subscription.State == SubscriptionState.Active
            ? VerbButton(Pick(language, "Afmelden", "Unsubscribe"), DigestVerbs.Unsubscribe, language)
            : VerbButton(Pick(language, "Opnieuw aanmelden", "Subscribe again"), DigestVerbs.Subscribe, language);
        var lead = subscription.State == SubscriptionState.Active
            ? DigestTexts.Subscribed(preferences, !subscription.IsPersonal, language)
            : Pick(
                language,
                "De bot heeft de samenvatting gestopt. Met 'Opnieuw aanmelden' start u hem weer.",
                "The bot has stopped the digest. 'Subscribe again' starts it again.");
        return Card(language, lead, body, [DigestTexts.SettingsButton(language), change]);
    }

    private static void AddProblems(List<CardElement> body, IReadOnlyList<OutboxEntry> recent, UserLanguage language)
    {
        var problems = recent.Where(e => e.State is OutboxState.Failed or OutboxState.InDoubt or OutboxState.Parked).Take(MaxProblems).ToList();
        if (problems.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock(Pick(language, "Recente problemen", "Recent problems")) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium });
        foreach (var entry in problems)
        {
            body.Add(new TextBlock($"{CardDates.Format(entry.DigestDate, language)}: {State(entry.State, language)}") { Wrap = true, Spacing = Spacing.Small });
            if (entry.LastError is { } error)
            {
                body.Add(Note(error));
            }
        }
    }

    private static string State(OutboxState state, UserLanguage language) => state switch
    {
        OutboxState.Failed => Pick(language, "niet bezorgd", "not delivered"),
        OutboxState.InDoubt => Pick(language, "onzeker of bezorgd (niet opnieuw verstuurd)", "may not have arrived (not sent again)"),
        OutboxState.Parked => Pick(language, "niet verstuurd: gesprek niet meer bereikbaar", "not sent: conversation no longer reachable"),
        _ => state.ToString(),
    };
}
