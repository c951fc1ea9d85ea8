namespace CooperationBot.Benchmarks.Fanout;

/// <summary>
/// Reads two counters (connector requests and deliveries) and the managed heap every few milliseconds while a run
/// goes on, so the requests of any part of the run can be counted afterwards, and the largest heap is known.
/// </summary>
internal sealed class ProgressSampler : IAsyncDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(10);

    private readonly TimeProvider _time;
    private readonly Func<(int Requests, int Deliveries)> _read;
    private readonly List<Sample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _maxHeap;

    public ProgressSampler(TimeProvider time, Func<(int Requests, int Deliveries)> read)
    {
        _time = time;
        _read = read;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The largest managed heap seen (bytes in use after the last collection, or allocated since).</summary>
    public long MaxHeapBytes => Interlocked.Read(ref _maxHeap);

    /// <summary>The counters as they were last read at or before <paramref name="timestamp"/> (zeros before the first sample).</summary>
    public (int Requests, int Deliveries) At(long timestamp)
    {
        lock (_samples)
        {
            var last = _samples.FindLastIndex(s => s.Timestamp <= timestamp);
            return last < 0 ? (0, 0) : (_samples[last].Requests, _samples[last].Deliveries);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Period, _time);
        try
        {
            do
            {
                Take();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            Take();
        }
    }

    private void Take()
    {
        var (requests, deliveries) = _read();
        var sample = new Sample(_time.GetTimestamp(), requests, deliveries);
        lock (_samples)
        {
            _samples.Add(sample);
        }

        var heap = GC.GetTotalMemory(forceFullCollection: false);
        if (heap > Interlocked.Read(ref _maxHeap))
        {
            Interlocked.Exchange(ref _maxHeap, heap);
        }
    }

    private readonly record struct Sample(long Timestamp, int Requests, int Deliveries);
}
