using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Bot.Digests;

/// <summary>
/// One subscriber of the daily digest: a person (delivered in their personal chat with the bot) or a channel
/// (posted into the channel).
/// </summary>
public sealed record DigestSubscription
{
    /// <summary>
    /// The subscriber's stable key: <c>personal:{tenantId}:{userId}</c> for a person, <c>channel:{conversationId}</c>
    /// for a channel (see <see cref="PersonalKey"/> and <see cref="ChannelKey"/>).
    /// </summary>
    public required string SubscriberId { get; init; }

    /// <summary>
    /// Where to deliver. For a person whose personal chat with the bot does not exist yet, <c>ConversationId</c>
    /// is empty and delivery creates the chat first (<c>POST v3/conversations</c>) with BotId, UserId and TenantId.
    /// </summary>
    public required ConversationReference Target { get; init; }

    /// <summary>The <see cref="ParkedReason"/> of a subscription its subscriber ended (<see cref="SubscriptionState.Unsubscribed"/>).</summary>
    public const string UnsubscribedReason = "unsubscribed";

    public required DigestPreferences Preferences { get; init; }

    public SubscriptionState State { get; init; } = SubscriptionState.Active;

    /// <summary>
    /// Why the subscription was parked (e.g. "uninstalled", "403 Forbidden from the connector") or ended
    /// (<see cref="UnsubscribedReason"/>), or null.
    /// </summary>
    public string? ParkedReason { get; init; }

    public DateTimeOffset? ParkedAt { get; init; }

    /// <summary>
    /// The knowledge version the subscriber's last delivered digest was built from (at first: the version when they
    /// subscribed). The next digest lists what differs from it.
    /// </summary>
    public string? BaselineVersion { get; init; }

    /// <summary>The local date of the last digest scheduled for this subscriber (delivered or not), or null.</summary>
    public DateOnly? LastDigestDate { get; init; }

    /// <summary>When the last digest was delivered, or null.</summary>
    public DateTimeOffset? LastDeliveredAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True unless the subscriber ended it (<see cref="SubscriptionState.Unsubscribed"/>): active, or parked by the bot.</summary>
    public bool IsSubscribed => State != SubscriptionState.Unsubscribed;

    /// <summary>True for a person (personal chat), false for a channel or group chat.</summary>
    public bool IsPersonal => SubscriberId.StartsWith("personal:", StringComparison.Ordinal);

    public static string PersonalKey(string? tenantId, string userId) => $"personal:{tenantId}:{userId}";

    public static string ChannelKey(string conversationId) => $"channel:{conversationId}";
}
