namespace CooperationBot.Bot.Digests.Scheduling;

/// <summary>A digest that should be built and delivered now.</summary>
/// <param name="Subscription">The subscriber.</param>
/// <param name="DigestDate">The subscriber's local date of the occurrence (the outbox key with the subscriber id).</param>
/// <param name="DueAt">The occurrence, in the subscriber's time zone offset.</param>
public sealed record DueDigest(DigestSubscription Subscription, DateOnly DigestDate, DateTimeOffset DueAt);
