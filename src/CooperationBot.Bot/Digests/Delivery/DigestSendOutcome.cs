namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>How one attempt to deliver a digest ended.</summary>
public enum DigestSendOutcome
{
    /// <summary>The connector accepted the message: mark the outbox entry Sent.</summary>
    Sent,

    /// <summary>Throttled or a transient failure: put the entry back, due at <see cref="DigestSendResult.NextAttemptAt"/>.</summary>
    RetryAt,

    /// <summary>403 or 404: the bot may no longer write there; park the entry and the subscription.</summary>
    ConversationGone,

    /// <summary>A permanent error, or the attempts ran out: fail the entry.</summary>
    Failed,

    /// <summary>
    /// The call was cut off after the request went out (a timeout, a dropped connection): the message may have
    /// arrived, so it is not sent again.
    /// </summary>
    InDoubt,
}
