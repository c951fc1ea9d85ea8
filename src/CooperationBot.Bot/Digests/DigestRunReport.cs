namespace CooperationBot.Bot.Digests;

/// <summary>What one scheduling and delivery run did.</summary>
/// <param name="Enqueued">Digests put into the outbox.</param>
/// <param name="Skipped">Of those, the ones with nothing to report for subscribers who want no message then.</param>
/// <param name="Delivery">What the delivery did.</param>
public sealed record DigestRunReport(int Enqueued, int Skipped, DeliveryReport Delivery)
{
    /// <summary>The earliest time a rescheduled entry comes due again, or null.</summary>
    public DateTimeOffset? NextAttemptAt => Delivery.NextAttemptAt;
}
