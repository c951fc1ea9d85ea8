namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>The wait before a digest's next attempt.</summary>
internal static class DigestRetryDelay
{
    private const double Jitter = 0.2;

    /// <summary>
    /// The connector's Retry-After when it sent one, else <see cref="DigestDeliveryOptions.BaseDelay"/> doubled for every
    /// attempt after the first, with ±20 % jitter; never more than <see cref="DigestDeliveryOptions.MaxDelay"/>.
    /// </summary>
    public static TimeSpan Compute(int attempts, TimeSpan? retryAfter, DigestDeliveryOptions options)
    {
        var delay = retryAfter ?? Backoff(attempts, options.BaseDelay);
        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }

    private static TimeSpan Backoff(int attempts, TimeSpan baseDelay)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var factor = 1 - Jitter + (Random.Shared.NextDouble() * 2 * Jitter);
        var milliseconds = baseDelay.TotalMilliseconds * Math.Pow(2, doublings) * factor;
        return TimeSpan.FromMilliseconds(Math.Min(milliseconds, TimeSpan.MaxValue.TotalMilliseconds / 2));
    }
}
