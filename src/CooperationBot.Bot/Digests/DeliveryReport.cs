namespace CooperationBot.Bot.Digests;

/// <summary>What one delivery pass over the outbox did.</summary>
/// <param name="Sent">Messages the connector accepted.</param>
/// <param name="Rescheduled">Entries put back for a later try (429, 5xx, timeouts).</param>
/// <param name="Parked">Entries not sent because the conversation is gone (403/404).</param>
/// <param name="Failed">Entries given up.</param>
/// <param name="NextAttemptAt">The earliest time a rescheduled entry comes due again, or null.</param>
public sealed record DeliveryReport(int Sent, int Rescheduled, int Parked, int Failed, DateTimeOffset? NextAttemptAt)
{
    public static DeliveryReport Empty { get; } = new(0, 0, 0, 0, null);

    /// <summary>Entries whose call was cut off after the request went out (timeout): not sent again, shown by status.</summary>
    public int InDoubt { get; init; }

    /// <summary>The two passes together.</summary>
    public DeliveryReport Add(DeliveryReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        DateTimeOffset? next = (NextAttemptAt, other.NextAttemptAt) switch
        {
            (null, var b) => b,
            (var a, null) => a,
            (var a, var b) => a < b ? a : b,
        };
        return new(Sent + other.Sent, Rescheduled + other.Rescheduled, Parked + other.Parked, Failed + other.Failed, next)
        {
            InDoubt = InDoubt + other.InDoubt,
        };
    }
}
