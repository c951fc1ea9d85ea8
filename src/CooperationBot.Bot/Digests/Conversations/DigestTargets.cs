using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Bot.Digests.Conversations;

/// <summary>Who subscribes from a conversation, and where their digest goes.</summary>
public static class DigestTargets
{
    /// <summary>
    /// The subscriber of a conversation: the person in a personal chat, the channel (or group chat) otherwise;
    /// null when a personal chat names no user.
    /// </summary>
    public static string? SubscriberIdOf(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.IsPersonal)
        {
            return reference.UserId is null ? null : DigestSubscription.PersonalKey(reference.TenantId, reference.UserId);
        }

        return DigestSubscription.ChannelKey(reference.ConversationId);
    }

    /// <summary>The delivery address: the conversation itself, without the locale (which changes per device).</summary>
    public static ConversationReference For(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference with { Locale = null, UserId = reference.IsPersonal ? reference.UserId : null };
    }
}
