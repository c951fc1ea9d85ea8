namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>The result of <see cref="DigestSender.SendAsync"/>; build one with the static methods.</summary>
public sealed record DigestSendResult
{
    private DigestSendResult(DigestSendOutcome outcome, int status, string? reason, string? createdConversationId)
    {
        Outcome = outcome;
        Status = status;
        Reason = reason;
        CreatedConversationId = createdConversationId;
    }

    public DigestSendOutcome Outcome { get; }

    /// <summary>
    /// The connector's failing HTTP status; 0 when it gave none (timeout, network failure, nothing sent) and for Sent.
    /// </summary>
    public int Status { get; }

    /// <summary>Why it was not sent, in a sentence without tokens or message text; null when sent.</summary>
    public string? Reason { get; }

    /// <summary>
    /// The id of the personal chat created during this attempt, or null. Set whatever the outcome, so the chat is
    /// stored (<c>SetConversationIdAsync</c>) even when the send after it failed.
    /// </summary>
    public string? CreatedConversationId { get; }

    /// <summary>The id the connector gave the posted message (Sent only; null when it answered without one).</summary>
    public string? ActivityId { get; private init; }

    /// <summary>When to try again (RetryAt only).</summary>
    public DateTimeOffset? NextAttemptAt { get; private init; }

    public static DigestSendResult Sent(string? activityId, string? createdConversationId = null) =>
        new(DigestSendOutcome.Sent, 0, null, createdConversationId) { ActivityId = activityId };

    public static DigestSendResult RetryAt(DateTimeOffset nextAttemptAt, int status, string reason, string? createdConversationId = null) =>
        new(DigestSendOutcome.RetryAt, status, reason, createdConversationId) { NextAttemptAt = nextAttemptAt };

    public static DigestSendResult ConversationGone(int status, string reason, string? createdConversationId = null) =>
        new(DigestSendOutcome.ConversationGone, status, reason, createdConversationId);

    public static DigestSendResult InDoubt(int status, string reason, string? createdConversationId = null) =>
        new(DigestSendOutcome.InDoubt, status, reason, createdConversationId);

    public static DigestSendResult Failed(int status, string reason, string? createdConversationId = null) =>
        new(DigestSendOutcome.Failed, status, reason, createdConversationId);
}
