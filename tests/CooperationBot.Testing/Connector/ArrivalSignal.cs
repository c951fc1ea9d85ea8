using System.Diagnostics;

namespace CooperationBot.Testing.Connector;

/// <summary>
/// For a loopback server: a signal set each time something arrives, and a bounded wait until what has arrived passes
/// a check (made now and again after each arrival, never after a fixed sleep).
/// </summary>
internal sealed class ArrivalSignal
{
    private TaskCompletionSource _arrived = NewSignal();

    /// <summary>Wakes the waiters; call after recording what arrived.</summary>
    public void Set() => Interlocked.Exchange(ref _arrived, NewSignal()).TrySetResult();

    /// <summary>
    /// Returns the first answer of <paramref name="check"/> that is not null; throws <see cref="TimeoutException"/> with
    /// the message of <paramref name="failure"/> when there is none after <paramref name="timeout"/>.
    /// </summary>
    public async Task<T> WaitAsync<T>(Func<T?> check, TimeSpan timeout, Func<string> failure)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var arrived = Volatile.Read(ref _arrived).Task;
            if (check() is { } result)
            {
                return result;
            }

            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException(failure());
            }

            await arrived.WaitAsync(left).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
