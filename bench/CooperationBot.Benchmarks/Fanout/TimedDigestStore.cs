using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Benchmarks.Fanout;

/// <summary>
/// The real store, watched: when the dispatcher first claims (the end of composing and enqueueing), and how long the
/// per-entry calls of delivery take in total (find the subscription, mark in flight, mark sent).
/// </summary>
internal sealed class TimedDigestStore(IDigestStore inner, TimeProvider time) : IDigestStore
{
    private long _firstClaim;
    private long _deliveryCallTicks;

    /// <summary>The timestamp (of <see cref="TimeProvider.GetTimestamp"/>) of the first claim, or 0 before it.</summary>
    public long FirstClaim => Volatile.Read(ref _firstClaim);

    /// <summary>The summed time of the per-entry delivery calls.</summary>
    public TimeSpan DeliveryCallTime => TimeSpan.FromTicks(Volatile.Read(ref _deliveryCallTicks));

    public Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        Interlocked.CompareExchange(ref _firstClaim, time.GetTimestamp(), 0);
        return inner.ClaimDueAsync(owner, now, lease, max, cancellationToken);
    }

    public Task<DigestSubscription?> FindSubscriptionAsync(string subscriberId, CancellationToken cancellationToken) =>
        TimedAsync(() => inner.FindSubscriptionAsync(subscriberId, cancellationToken));

    public Task<bool> MarkInFlightAsync(string subscriberId, DateOnly digestDate, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        TimedAsync(() => inner.MarkInFlightAsync(subscriberId, digestDate, owner, at, cancellationToken));

    public Task<bool> MarkSentAsync(
        string subscriberId, DateOnly digestDate, string owner, string? activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
        TimedAsync(() => inner.MarkSentAsync(subscriberId, digestDate, owner, activityId, at, cancellationToken));

    public Task<IReadOnlyList<bool>> MarkInFlightAsync(IReadOnlyList<OutboxKey> keys, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        TimedAsync(() => inner.MarkInFlightAsync(keys, owner, at, cancellationToken));

    public Task<IReadOnlyList<bool>> MarkSentAsync(IReadOnlyList<SentMark> sent, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        TimedAsync(() => inner.MarkSentAsync(sent, owner, at, cancellationToken));

    public Task<IReadOnlyDictionary<string, DigestSubscription>> FindSubscriptionsAsync(
        IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken) =>
        TimedAsync(() => inner.FindSubscriptionsAsync(subscriberIds, cancellationToken));

    public Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.PruneAsync(cutoff, cancellationToken);

    public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);

    public Task CheckAsync(CancellationToken cancellationToken) => inner.CheckAsync(cancellationToken);

    public Task<InstanceCensus> HeartbeatAsync(string owner, DateTimeOffset now, TimeSpan liveWindow, CancellationToken cancellationToken) =>
        inner.HeartbeatAsync(owner, now, liveWindow, cancellationToken);

    public Task LeaveAsync(string owner, CancellationToken cancellationToken) => inner.LeaveAsync(owner, cancellationToken);

    public Task UpsertConversationAsync(ConversationReference reference, DateTimeOffset seenAt, CancellationToken cancellationToken) =>
        inner.UpsertConversationAsync(reference, seenAt, cancellationToken);

    public Task<ConversationReference?> FindConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindConversationAsync(conversationId, cancellationToken);

    public Task<string?> FindConversationLanguageAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindConversationLanguageAsync(conversationId, cancellationToken);

    public Task SetConversationLanguageAsync(string conversationId, string language, CancellationToken cancellationToken) =>
        inner.SetConversationLanguageAsync(conversationId, language, cancellationToken);

    public Task<int> RemoveConversationAsync(string conversationId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.RemoveConversationAsync(conversationId, reason, at, cancellationToken);

    public Task RecordTeamAsync(string conversationId, string teamId, DateTimeOffset seenAt, CancellationToken cancellationToken) =>
        inner.RecordTeamAsync(conversationId, teamId, seenAt, cancellationToken);

    public Task<int> ParkTeamAsync(string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.ParkTeamAsync(teamId, reason, at, cancellationToken);

    public Task<int> ReactivateTeamAsync(string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.ReactivateTeamAsync(teamId, reason, at, cancellationToken);

    public Task<bool> TryClaimWelcomeAsync(string conversationId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken) =>
        inner.TryClaimWelcomeAsync(conversationId, now, window, cancellationToken);

    public Task ForgetWelcomeAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.ForgetWelcomeAsync(conversationId, cancellationToken);

    public Task SaveSubscriptionAsync(DigestSubscription subscription, CancellationToken cancellationToken) =>
        inner.SaveSubscriptionAsync(subscription, cancellationToken);

    public Task<bool> EndSubscriptionAsync(string subscriberId, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.EndSubscriptionAsync(subscriberId, at, cancellationToken);

    public Task<IReadOnlyList<DigestSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken) =>
        inner.ListSubscriptionsAsync(cancellationToken);

    public Task ParkSubscriptionAsync(string subscriberId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.ParkSubscriptionAsync(subscriberId, reason, at, cancellationToken);

    public Task SetConversationIdAsync(string subscriberId, string conversationId, CancellationToken cancellationToken) =>
        inner.SetConversationIdAsync(subscriberId, conversationId, cancellationToken);

    public Task RecordKnowledgeVersionAsync(
        string version, IReadOnlyDictionary<string, string> itemHashes, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.RecordKnowledgeVersionAsync(version, itemHashes, at, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>?> GetKnowledgeHashesAsync(string version, CancellationToken cancellationToken) =>
        inner.GetKnowledgeHashesAsync(version, cancellationToken);

    public Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken) => inner.EnqueueAsync(entry, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> EnqueueManyAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken) =>
        inner.EnqueueManyAsync(entries, cancellationToken);

    public Task<bool> RescheduleAsync(
        string subscriberId, DateOnly digestDate, string owner, DateTimeOffset nextAttemptAt, int? status, string error,
        CancellationToken cancellationToken) =>
        inner.RescheduleAsync(subscriberId, digestDate, owner, nextAttemptAt, status, error, cancellationToken);

    public Task<bool> CompleteAsync(
        string subscriberId, DateOnly digestDate, string? owner, OutboxState state, int? status, string? reason, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        inner.CompleteAsync(subscriberId, digestDate, owner, state, status, reason, at, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(string? subscriberId, int max, CancellationToken cancellationToken) =>
        inner.ListOutboxAsync(subscriberId, max, cancellationToken);

    public Task<IReadOnlyDictionary<OutboxState, int>> CountOutboxAsync(CancellationToken cancellationToken) =>
        inner.CountOutboxAsync(cancellationToken);

    private async Task<T> TimedAsync<T>(Func<Task<T>> call)
    {
        var started = time.GetTimestamp();
        var result = await call().ConfigureAwait(false);
        Interlocked.Add(ref _deliveryCallTicks, time.GetElapsedTime(started).Ticks);
        return result;
    }
}
