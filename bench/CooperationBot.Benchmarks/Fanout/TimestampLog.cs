namespace CooperationBot.Benchmarks.Fanout;

/// <summary>Times of events (<see cref="TimeProvider.GetTimestamp"/>), recorded from many threads, counted afterwards.</summary>
internal sealed class TimestampLog(TimeProvider time)
{
    private readonly List<long> _times = [];

    public void Record()
    {
        var now = time.GetTimestamp();
        lock (_times)
        {
            _times.Add(now);
        }
    }

    /// <summary>The latest event, or 0 before the first.</summary>
    public long Last
    {
        get
        {
            lock (_times)
            {
                return _times.Count == 0 ? 0 : _times.Max();
            }
        }
    }

    /// <summary>How many events happened at or before <paramref name="timestamp"/>.</summary>
    public int CountUntil(long timestamp)
    {
        lock (_times)
        {
            return _times.Count(t => t <= timestamp);
        }
    }

    /// <summary>The most events in any span of <paramref name="window"/> (half-open: an event and the ones less than a window later).</summary>
    public int MaxIn(TimeSpan window)
    {
        var span = (long)(window.TotalSeconds * time.TimestampFrequency);
        long[] sorted;
        lock (_times)
        {
            sorted = [.. _times.Order()];
        }

        var max = 0;
        var end = 0;
        for (var start = 0; start < sorted.Length; start++)
        {
            while (end < sorted.Length && sorted[end] < sorted[start] + span)
            {
                end++;
            }

            max = Math.Max(max, end - start);
        }

        return max;
    }
}
