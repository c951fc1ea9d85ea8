namespace CooperationBot.Bot.Digests;

/// <summary>The key of an outbox entry: one digest per subscriber and date.</summary>
/// <param name="SubscriberId">The subscriber.</param>
/// <param name="DigestDate">The subscriber's local date the digest is for.</param>
public sealed record OutboxKey(string SubscriberId, DateOnly DigestDate);
