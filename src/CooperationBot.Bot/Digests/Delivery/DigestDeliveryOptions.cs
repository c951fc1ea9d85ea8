using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>How often and how patiently a digest message is retried after the connector client's own retries.</summary>
public sealed class DigestDeliveryOptions
{
    /// <summary>Attempts (outbox claims) before a throttled or transiently failing digest is given up.</summary>
    /// <value>The default is 6.</value>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after a first failed attempt; it doubles with every attempt and gets ±20 % jitter.</summary>
    /// <value>The default is 5 seconds.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait before the next attempt: caps both the backoff and a 429's Retry-After.</summary>
    /// <value>The default is 5 minutes.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);
}
