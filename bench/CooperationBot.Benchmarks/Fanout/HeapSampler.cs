namespace CooperationBot.Benchmarks.Fanout;

/// <summary>Reads the managed heap size every 10 ms while a run goes on and keeps the largest.</summary>
internal sealed class HeapSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _maxHeap;

    public HeapSampler(TimeProvider time) => _loop = Task.Run(() => LoopAsync(time));

    /// <summary>The largest managed heap seen, in bytes.</summary>
    public long MaxHeapBytes => Interlocked.Read(ref _maxHeap);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task LoopAsync(TimeProvider time)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10), time);
        try
        {
            do
            {
                Interlocked.Exchange(ref _maxHeap, Math.Max(Interlocked.Read(ref _maxHeap), GC.GetTotalMemory(forceFullCollection: false)));
            }
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
