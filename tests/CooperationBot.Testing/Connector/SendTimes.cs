namespace CooperationBot.Testing.Connector;

/// <summary>Counts sends in sliding windows, to check rate limits against what the connector saw.</summary>
public static class SendTimes
{
    /// <summary>The most of <paramref name="times"/> within any half-open window [t, t + <paramref name="window"/>).</summary>
    public static int MaxInWindow(IEnumerable<DateTimeOffset> times, TimeSpan window)
    {
        var sorted = times.Order().ToArray();
        var max = 0;
        var start = 0;
        for (var end = 0; end < sorted.Length; end++)
        {
            while (sorted[end] - sorted[start] >= window)
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }
}
