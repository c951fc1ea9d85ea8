namespace CooperationBot.Protocol.Proactive;

/// <summary>
/// What the bot needs to write into a conversation later, on its own initiative: the connector (serviceUrl),
/// the conversation, the tenant, the bot's own id and, in a personal chat, the user. Taken from an authenticated
/// inbound activity with <see cref="FromActivity"/>.
/// </summary>
/// <param name="ConversationId">The conversation to post into. For a Teams channel this is the channel's id
/// (without a <c>;messageid=</c> suffix), so a post starts a new thread rather than answering an old one.</param>
/// <param name="ServiceUrl">The connector to call.</param>
/// <param name="ChannelId">The channel, e.g. <c>msteams</c>.</param>
/// <param name="ConversationType"><c>personal</c>, <c>channel</c> or <c>groupChat</c> (Teams), or null.</param>
/// <param name="TenantId">The tenant, or null.</param>
/// <param name="BotId">The bot's id in the channel (the inbound activity's recipient).</param>
/// <param name="UserId">The user who wrote (the inbound activity's sender).</param>
/// <param name="Locale">The user's locale, or null.</param>
public sealed record ConversationReference(
    string ConversationId,
    string ServiceUrl,
    string ChannelId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? UserId,
    string? Locale)
{
    /// <summary>The conversation type of a one-to-one chat between the bot and a user.</summary>
    public const string Personal = "personal";

    /// <summary>The conversation type of a Teams channel.</summary>
    public const string Channel = "channel";

    /// <summary>True for a one-to-one chat with the user.</summary>
    public bool IsPersonal => string.Equals(ConversationType, Personal, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a Teams channel.</summary>
    public bool IsChannel => string.Equals(ConversationType, Channel, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The reference of <paramref name="activity"/>'s conversation, or null when the activity lacks a
    /// conversation id, a serviceUrl or a channel id.
    /// </summary>
    public static ConversationReference? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.ChannelId))
        {
            return null;
        }

        var type = activity.Conversation!.ConversationType;
        if (string.Equals(type, Channel, StringComparison.OrdinalIgnoreCase))
        {
            var threadMarker = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
            conversationId = threadMarker > 0 ? conversationId[..threadMarker] : conversationId;
        }

        return new ConversationReference(
            conversationId,
            activity.ServiceUrl,
            activity.ChannelId,
            type,
            activity.Conversation.TenantId ?? activity.ChannelDataTenantId,
            activity.Recipient?.Id,
            activity.From?.Id,
            activity.Locale);
    }

    /// <summary>A new message activity from the bot into this conversation (no reply id: it starts its own thread).</summary>
    public Activity CreateMessage() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = BotId is null ? null : new ChannelAccount { Id = BotId },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = ConversationType, TenantId = TenantId },
        Locale = Locale,
    };
}
