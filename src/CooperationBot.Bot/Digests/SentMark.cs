namespace CooperationBot.Bot.Digests;

/// <summary>A delivered outbox entry and the id the connector gave its message.</summary>
/// <param name="Key">The entry.</param>
/// <param name="ActivityId">The posted message's id, or null when the connector gave none.</param>
public sealed record SentMark(OutboxKey Key, string? ActivityId);
