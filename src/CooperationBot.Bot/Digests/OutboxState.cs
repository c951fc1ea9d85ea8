namespace CooperationBot.Bot.Digests;

/// <summary>Where a scheduled digest message stands in the outbox.</summary>
public enum OutboxState
{
    /// <summary>Waiting to be sent (first try, or again at <c>NextAttemptAt</c>).</summary>
    Pending,

    /// <summary>Claimed by a sender (a process) until its lease ends.</summary>
    Sending,

    /// <summary>The connector accepted it.</summary>
    Sent,

    /// <summary>Nothing changed and the subscriber chose no message on such days: done, nothing sent.</summary>
    Skipped,

    /// <summary>
    /// A sender stopped (killed) while the connector call was in flight: the message may have arrived. It is not
    /// sent again (a duplicate is worse than a gap), and the subscriber's baseline is not moved, so the next digest
    /// repeats its changes. Shown by <c>digest status</c>.
    /// </summary>
    InDoubt,

    /// <summary>Given up: retries exhausted or a permanent error (reason kept).</summary>
    Failed,

    /// <summary>Not sent because the conversation is gone (403/404, uninstalled); the subscription is parked.</summary>
    Parked,
}
