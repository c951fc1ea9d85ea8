using System.Net.Http.Headers;

namespace CooperationBot.Protocol.Connector;

/// <summary>How long to wait before retrying a throttled or transiently failed connector call.</summary>
internal static class RetryDelay
{
    private const double Jitter = 0.2;

    /// <summary>True for the statuses worth another try: 429, 412, 502, 503, 504.</summary>
    public static bool IsRetryable(int statusCode) => statusCode is 429 or 412 or 502 or 503 or 504;

    /// <summary>
    /// The server's Retry-After (seconds or an HTTP date) when it sent one, else exponential backoff
    /// (<paramref name="baseDelay"/> doubled per attempt, ±20 % jitter); never more than <paramref name="cap"/>.
    /// </summary>
    public static TimeSpan Compute(RetryConditionHeaderValue? retryAfter, int attempt, TimeSpan baseDelay, TimeSpan cap, DateTimeOffset now)
    {
        var delay = FromRetryAfter(retryAfter, now) ?? Backoff(attempt, baseDelay);
        return delay > cap ? cap : delay;
    }

    /// <summary>The wait a <c>Retry-After</c> header asks for (never negative), or null when there is none.</summary>
    public static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var untilDate = date - now;
            return untilDate < TimeSpan.Zero ? TimeSpan.Zero : untilDate;
        }

        return null;
    }

    private static TimeSpan Backoff(int attempt, TimeSpan baseDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var factor = 1 - Jitter + (Random.Shared.NextDouble() * 2 * Jitter);
        return TimeSpan.FromMilliseconds(Math.Min(exponential * factor, TimeSpan.MaxValue.TotalMilliseconds / 2));
    }
}
