namespace CooperationBot.Bot.Digests;

/// <summary>
/// One digest message in the durable outbox: at most one per (subscriber, digest date), which is what makes
/// delivery exactly-once across restarts and across processes.
/// </summary>
public sealed record OutboxEntry
{
    public required string SubscriberId { get; init; }

    /// <summary>The subscriber's local date the digest is for.</summary>
    public required DateOnly DigestDate { get; init; }

    /// <summary>The knowledge version the digest was built from; becomes the baseline once delivered.</summary>
    public required string KnowledgeVersion { get; init; }

    /// <summary>The activity to post, as JSON (built once at enqueue time, so every retry sends the same message).</summary>
    public required string ActivityJson { get; init; }

    public OutboxState State { get; init; } = OutboxState.Pending;

    /// <summary>How many sends were tried (counted when a send starts).</summary>
    public int Attempts { get; init; }

    /// <summary>When the current send started (the connector call is in flight), or null while it waits.</summary>
    public DateTimeOffset? InFlightSince { get; init; }

    /// <summary>Not before this time (after a 429's Retry-After or a backoff).</summary>
    public required DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>The process that holds the lease while <see cref="OutboxState.Sending"/>.</summary>
    public string? LeaseOwner { get; init; }

    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>The id the connector gave the posted message.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The last HTTP status from the connector (0 for a timeout or a network failure).</summary>
    public int? LastStatus { get; init; }

    /// <summary>The last failure, in a sentence (no tokens, no message text).</summary>
    public string? LastError { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
