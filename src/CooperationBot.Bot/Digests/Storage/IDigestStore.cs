using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// The durable state of the digests: conversation references, subscriptions, the knowledge's item hashes per
/// version, and the outbox. Every method is safe to call from several processes on one store at once.
/// </summary>
public interface IDigestStore
{
    /// <summary>Creates or migrates the schema; called once at start-up (idempotent).</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Runs a trivial query on the store (for readiness checks); throws when the store is unreachable.</summary>
    Task CheckAsync(CancellationToken cancellationToken);

    // Instances: several bot processes may deliver from one store; each shares the global send budget.

    /// <summary>
    /// Records that the instance <paramref name="owner"/> is alive at <paramref name="now"/>, forgets the instances not
    /// seen since <paramref name="now"/> - <paramref name="liveWindow"/>, and returns how many instances are alive,
    /// this one included (at least 1), with how many of the others had counted fewer at their last heartbeat. One
    /// heartbeat at a time: two instances that start together never both count themselves alone.
    /// </summary>
    Task<InstanceCensus> HeartbeatAsync(string owner, DateTimeOffset now, TimeSpan liveWindow, CancellationToken cancellationToken);

    /// <summary>Forgets the instance <paramref name="owner"/> (it is stopping), so the others take its share at once.</summary>
    Task LeaveAsync(string owner, CancellationToken cancellationToken);

    // Conversation references: refreshed from every authenticated inbound activity.

    /// <summary>Inserts or refreshes a reference (a newer serviceUrl wins); clears a previous removal.</summary>
    Task UpsertConversationAsync(ConversationReference reference, DateTimeOffset seenAt, CancellationToken cancellationToken);

    Task<ConversationReference?> FindConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The language code (<c>nl</c>, <c>en</c>) stored for a conversation, or null when none was stored.</summary>
    Task<string?> FindConversationLanguageAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stores a conversation's language code; does nothing when the conversation is not known.</summary>
    Task SetConversationLanguageAsync(string conversationId, string language, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets a conversation (uninstall, or the connector answered 403/404) and parks every active subscription
    /// delivered there, keeping <paramref name="reason"/> for <c>digest status</c>. Returns how many were parked.
    /// </summary>
    Task<int> RemoveConversationAsync(string conversationId, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    // Teams: which team a channel conversation belongs to (channelData.team.id), for team-wide removal and restore.

    /// <summary>Remembers that <paramref name="conversationId"/> is a channel of team <paramref name="teamId"/>.</summary>
    Task RecordTeamAsync(string conversationId, string teamId, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets every conversation of the team (its channels seen so far and the team's own) and parks their active
    /// subscriptions with <paramref name="reason"/>. Returns how many subscriptions were parked.
    /// </summary>
    Task<int> ParkTeamAsync(string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Undoes <see cref="ParkTeamAsync"/> for the team's conversations and subscriptions parked with
    /// <paramref name="reason"/> (e.g. a deleted team restored). Returns how many subscriptions are active again.
    /// </summary>
    Task<int> ReactivateTeamAsync(string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    // Welcomes: decided here so one conversation gets one welcome across instances.

    /// <summary>
    /// True when this caller may welcome the conversation now: it was never welcomed, or not since
    /// <paramref name="now"/> minus <paramref name="window"/>. The claim is recorded in the same statement.
    /// </summary>
    Task<bool> TryClaimWelcomeAsync(string conversationId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Forgets a conversation's welcome (the bot was removed), so a new install is welcomed again.</summary>
    Task ForgetWelcomeAsync(string conversationId, CancellationToken cancellationToken);

    // Subscriptions.

    Task<DigestSubscription?> FindSubscriptionAsync(string subscriberId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts a subscription, or updates an existing one's target, preferences and state (by
    /// <see cref="DigestSubscription.SubscriberId"/>). The delivery bookkeeping of an existing one (baseline, last digest
    /// date, last delivery, creation time) is kept: only the outbox methods move it.
    /// </summary>
    Task SaveSubscriptionAsync(DigestSubscription subscription, CancellationToken cancellationToken);

    /// <summary>
    /// Ends a subscription at the subscriber's wish (<c>digest uit</c>): state <see cref="SubscriptionState.Unsubscribed"/>
    /// with the reason <see cref="DigestSubscription.UnsubscribedReason"/>, its preferences and delivery bookkeeping kept
    /// for a later subscribe; its pending outbox entries are dropped. False when there was none, or it was ended already.
    /// </summary>
    Task<bool> EndSubscriptionAsync(string subscriberId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The subscriptions with these ids that exist, by id (one query).</summary>
    Task<IReadOnlyDictionary<string, DigestSubscription>> FindSubscriptionsAsync(
        IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken);

    /// <summary>Every subscription, active and parked, ordered by subscriber id.</summary>
    Task<IReadOnlyList<DigestSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken);

    /// <summary>Parks one subscription with a reason (kept for <c>digest status</c>).</summary>
    Task ParkSubscriptionAsync(string subscriberId, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Sets the conversation id of a personal subscription once its chat was created.</summary>
    Task SetConversationIdAsync(string subscriberId, string conversationId, CancellationToken cancellationToken);

    // Knowledge item hashes per version.

    /// <summary>Records the item hashes of a knowledge version (idempotent: a known version is left as it is).</summary>
    Task RecordKnowledgeVersionAsync(
        string version, IReadOnlyDictionary<string, string> itemHashes, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The item hashes (item id to hash) of a recorded version, or null when the version is unknown.</summary>
    Task<IReadOnlyDictionary<string, string>?> GetKnowledgeHashesAsync(string version, CancellationToken cancellationToken);

    // Outbox.

    /// <summary>
    /// Adds the digest of (subscriber, date) unless one exists (then returns false and changes nothing), and sets the
    /// subscription's <see cref="DigestSubscription.LastDigestDate"/> in the same transaction.
    /// </summary>
    Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="EnqueueAsync(OutboxEntry, CancellationToken)"/> for many entries in one transaction, as if they were
    /// enqueued one after another in order: returns the entries that were added, in order. An entry whose (subscriber,
    /// date) was already there, or came earlier in the batch, is left out and changes nothing.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> EnqueueManyAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending entries due at <paramref name="now"/> for <paramref name="owner"/>
    /// (state Sending, lease until now + <paramref name="lease"/>), atomically: two processes never claim the same
    /// entry. Before claiming, every Sending entry whose lease ended is released: back to Pending when its send never
    /// started, InDoubt when it was in flight (<see cref="MarkInFlightAsync(string, DateOnly, string, DateTimeOffset, CancellationToken)"/>).
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the connector call for a claimed entry starts now (attempts + 1). From here on a lost lease means
    /// "in doubt", not "never tried". False when <paramref name="owner"/> no longer holds the lease (or it ended at
    /// <paramref name="at"/>), or when the call was already marked (a second copy of one claim never sends twice).
    /// </summary>
    Task<bool> MarkInFlightAsync(
        string subscriberId, DateOnly digestDate, string owner, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="MarkInFlightAsync(string, DateOnly, string, DateTimeOffset, CancellationToken)"/> for many entries in
    /// one transaction (a group commit): the result for each key, in order.
    /// </summary>
    Task<IReadOnlyList<bool>> MarkInFlightAsync(
        IReadOnlyList<OutboxKey> keys, string owner, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="MarkSentAsync(string, DateOnly, string, string?, DateTimeOffset, CancellationToken)"/> for many
    /// entries in one transaction (a group commit): the result for each, in order.
    /// </summary>
    Task<IReadOnlyList<bool>> MarkSentAsync(
        IReadOnlyList<SentMark> sent, string owner, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a claimed entry Sent and moves the subscription's baseline to the entry's knowledge version and its
    /// last delivery time to <paramref name="at"/>, in one transaction. The entry must be Sending, or InDoubt after
    /// its lease ran out during a slow call, with <paramref name="owner"/> as its owner; otherwise nothing changes
    /// and the result is false.
    /// </summary>
    Task<bool> MarkSentAsync(
        string subscriberId, DateOnly digestDate, string owner, string? activityId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Puts a claimed entry (Sending, or InDoubt with this owner: the call is known to have failed) back to Pending,
    /// to be tried again at <paramref name="nextAttemptAt"/>; the in-flight mark is cleared.
    /// </summary>
    Task<bool> RescheduleAsync(
        string subscriberId, DateOnly digestDate, string owner, DateTimeOffset nextAttemptAt, int? status, string error,
        CancellationToken cancellationToken);

    /// <summary>Ends an entry as Skipped, Failed or Parked with a reason.</summary>
    Task<bool> CompleteAsync(
        string subscriberId, DateOnly digestDate, string? owner, OutboxState state, int? status, string? reason, DateTimeOffset at,
        CancellationToken cancellationToken);

    /// <summary>The outbox entries of one subscriber (newest date first), or of all when null; at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(string? subscriberId, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes what the digests no longer need, older than <paramref name="cutoff"/>: finished outbox entries, messages
    /// no entry refers to, and knowledge versions no subscription's baseline and no open entry refers to. Returns how
    /// many outbox entries were deleted.
    /// </summary>
    Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>How many entries are in each state.</summary>
    Task<IReadOnlyDictionary<OutboxState, int>> CountOutboxAsync(CancellationToken cancellationToken);
}
