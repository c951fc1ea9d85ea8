using System.Text.Json;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Digests.Scheduling;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Digests;

/// <summary>
/// Builds a subscriber's digest message for a date: the knowledge items added or changed since the version of their
/// previous digest, the upcoming dated items, or a short "no changes" card (or nothing, if they chose so). The first
/// digest without changes is a welcome overview of the knowledge (<see cref="DigestWelcomeCard"/>).
/// </summary>
public sealed class DigestComposer
{
    private readonly IKnowledgeSource _knowledge;
    private readonly KnowledgeHashes _hashes;

    public DigestComposer(IKnowledgeSource knowledge, KnowledgeHashes hashes)
    {
        _knowledge = knowledge;
        _hashes = hashes;
    }

    /// <summary>The message, or a null activity when nothing changed and the subscriber wants no message then.</summary>
    public async Task<ComposedDigest> ComposeAsync(DigestSubscription subscription, DateOnly digestDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var snapshot = _knowledge.Current;
        var current = await _hashes.RecordAsync(snapshot, cancellationToken).ConfigureAwait(false);
        var baseline = subscription.BaselineVersion is { } version
            ? version == snapshot.Version ? current : await _hashes.FindAsync(version, cancellationToken).ConfigureAwait(false)
            : null;
        var content = DigestContentBuilder.Build(snapshot, current, baseline, digestDate, subscription.BaselineVersion);
        var language = subscription.Preferences.Language;
        AdaptiveCard? card;
        string summary;
        if (IsWelcome(subscription, content))
        {
            card = DigestWelcomeCard.Create(DigestOverviewBuilder.Build(snapshot, digestDate), language);
            summary = Pick(language, "Dagelijkse samenvatting: welkom", "Daily digest: welcome");
        }
        else if (content.HasChanges || content.Upcoming.Count > 0)
        {
            card = DigestCard.Create(content, language);
            summary = Pick(
                language,
                $"Dagelijkse samenvatting: {content.Added.Count} nieuw, {content.Changed.Count} gewijzigd",
                $"Daily digest: {content.Added.Count} new, {content.Changed.Count} changed");
        }
        else if (subscription.Preferences.SendWhenUnchanged)
        {
            var since = subscription.LastDeliveredAt is { } delivered ? DigestSchedule.LocalDate(subscription.Preferences, delivered) : (DateOnly?)null;
            card = DigestNoChangesCard.Create(digestDate, snapshot.Version, since, language);
            summary = Pick(language, "Dagelijkse samenvatting: geen wijzigingen", "Daily digest: no changes");
        }
        else
        {
            return new ComposedDigest(null, snapshot.Version, content);
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            Text = card.FallbackText,
            TextFormat = "plain",
            Locale = language == UserLanguage.English ? "en-GB" : "nl-NL",
            Attachments = [Attachment.AdaptiveCard(card)],
        };
        return new ComposedDigest(JsonSerializer.Serialize(activity, ProtocolJson.Options), snapshot.Version, content);
    }

    /// <summary>
    /// True for the first digest of a subscriber (the store has no delivery for them yet) when nothing changed since
    /// they subscribed: a welcome overview instead of "nothing changed", sent even when they want no message on a day
    /// without changes. A first digest with changes lists the changes.
    /// </summary>
    public static bool IsWelcome(DigestSubscription subscription, DigestContent content)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(content);
        return subscription.LastDeliveredAt is null && !content.HasChanges;
    }
}
