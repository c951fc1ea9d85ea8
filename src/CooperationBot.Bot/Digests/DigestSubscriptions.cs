using CooperationBot.Bot.Digests.Conversations;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Digests;

/// <summary>Subscribing, changing and ending digest subscriptions from a conversation.</summary>
public sealed class DigestSubscriptions
{
    private readonly IDigestStore _store;
    private readonly IKnowledgeSource _knowledge;
    private readonly KnowledgeHashes _hashes;
    private readonly TimeProvider _time;
    private readonly ILogger<DigestSubscriptions> _logger;

    public DigestSubscriptions(
        IDigestStore store, IKnowledgeSource knowledge, KnowledgeHashes hashes, TimeProvider time, ILogger<DigestSubscriptions> logger)
    {
        _store = store;
        _knowledge = knowledge;
        _hashes = hashes;
        _time = time;
        _logger = logger;
    }

    /// <summary>The subscription of the conversation's subscriber (the person, or the channel), or null.</summary>
    public Task<DigestSubscription?> FindAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        DigestTargets.SubscriberIdOf(reference) is { } key
            ? _store.FindSubscriptionAsync(key, cancellationToken)
            : Task.FromResult<DigestSubscription?>(null);

    /// <summary>
    /// Subscribes, or changes the preferences of an existing subscription (and reactivates a parked or ended one). A new
    /// subscriber's baseline is the knowledge of today: their first digest reports what changes after this.
    /// </summary>
    public async Task<DigestSubscription> SubscribeAsync(
        ConversationReference reference, DigestPreferences preferences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(preferences);
        var key = DigestTargets.SubscriberIdOf(reference)
            ?? throw new ArgumentException("The conversation names no subscriber.", nameof(reference));
        var now = _time.GetUtcNow();
        var existing = await _store.FindSubscriptionAsync(key, cancellationToken).ConfigureAwait(false);
        DigestSubscription subscription;
        if (existing is null)
        {
            var snapshot = _knowledge.Current;
            await _hashes.RecordAsync(snapshot, cancellationToken).ConfigureAwait(false);
            subscription = new DigestSubscription
            {
                SubscriberId = key,
                Target = DigestTargets.For(reference),
                Preferences = preferences,
                BaselineVersion = snapshot.Version,
                CreatedAt = now,
                UpdatedAt = now,
            };
        }
        else
        {
            subscription = existing with
            {
                Target = DigestTargets.For(reference),
                Preferences = preferences,
                State = SubscriptionState.Active,
                ParkedReason = null,
                ParkedAt = null,
                UpdatedAt = now,
            };
        }

        await _store.UpsertConversationAsync(reference, now, cancellationToken).ConfigureAwait(false);
        await _store.SaveSubscriptionAsync(subscription, cancellationToken).ConfigureAwait(false);
        Log.SubscriptionChanged(_logger, existing is null ? "created" : "updated", preferences.Days, preferences.Time, preferences.TimeZoneId);
        return subscription;
    }

    /// <summary>
    /// Ends the subscription, keeping its preferences for a later subscribe; false when there was none or it was
    /// ended already.
    /// </summary>
    public async Task<bool> UnsubscribeAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (DigestTargets.SubscriberIdOf(reference) is not { } key)
        {
            return false;
        }

        var ended = await _store.EndSubscriptionAsync(key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (ended)
        {
            Log.SubscriptionChanged(_logger, "ended", default, default, string.Empty);
        }

        return ended;
    }

    /// <summary>The latest outbox entries of a subscriber, newest first.</summary>
    public Task<IReadOnlyList<OutboxEntry>> RecentAsync(string subscriberId, CancellationToken cancellationToken) =>
        _store.ListOutboxAsync(subscriberId, 5, cancellationToken);
}
