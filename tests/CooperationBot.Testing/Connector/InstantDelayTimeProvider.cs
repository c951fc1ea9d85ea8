namespace CooperationBot.Testing.Connector;

/// <summary>
/// A clock for code that waits through <see cref="TimeProvider"/> (e.g. <c>Task.Delay(delay, timeProvider)</c>):
/// every one-shot timer fires at once, the clock moves on by its due time, and the due times are recorded
/// in <see cref="Delays"/> so a test can check how long the code meant to wait.
/// </summary>
public sealed class InstantDelayTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _delays = [];
    private DateTimeOffset _now = start;

    public InstantDelayTimeProvider()
        : this(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>The due times of the timers created so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_lock)
            {
                return [.. _delays];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new InstantTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Elapse(TimeSpan dueTime)
    {
        lock (_lock)
        {
            _delays.Add(dueTime);
            _now += dueTime;
        }
    }

    private sealed class InstantTimer(InstantDelayTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private volatile bool _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (period != Timeout.InfiniteTimeSpan)
            {
                throw new NotSupportedException("Only one-shot timers fire at once.");
            }

            if (_disposed || dueTime == Timeout.InfiniteTimeSpan)
            {
                return !_disposed;
            }

            clock.Elapse(dueTime);
            ThreadPool.QueueUserWorkItem(_ =>
            {
                if (!_disposed)
                {
                    callback(state);
                }
            });
            return true;
        }

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            _disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
