using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Digests;

/// <summary>
/// A fake clock that knows which of its timers are still waiting, so a test can move time exactly when the code under
/// test waits on it: every timer change and every <see cref="Signal"/> wakes <see cref="WaitUntilAsync"/>, which
/// checks its condition again. The time is a <see cref="FakeTimeProvider"/>'s; the timers are its own and fire only in
/// <see cref="AdvanceTo"/>, on the caller's thread, so no wake-up is lost to a timer being set at the same moment.
/// </summary>
internal sealed class SteppedClock : TimeProvider
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly FakeTimeProvider _fake;
    private readonly Lock _lock = new();
    private readonly HashSet<WatchedTimer> _waiting = [];
    private readonly SemaphoreSlim _changed = new(0);

    public SteppedClock(DateTimeOffset start)
    {
        _fake = new FakeTimeProvider(start);
    }

    /// <summary>How many timers wait for a time still to come.</summary>
    public int WaitingTimers
    {
        get
        {
            lock (_lock)
            {
                return _waiting.Count;
            }
        }
    }

    /// <summary>The earliest time a waiting timer fires, or null.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_lock)
            {
                return _waiting.Count == 0 ? null : _waiting.Min(t => t.DueAt);
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Moves the clock to <paramref name="instant"/> (never backwards), stopping at each waiting timer's due time on
    /// the way to fire it on this thread.
    /// </summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        while (true)
        {
            WatchedTimer[] due;
            lock (_lock)
            {
                var next = _waiting.Count == 0 ? DateTimeOffset.MaxValue : _waiting.Min(t => t.DueAt);
                if (next > instant)
                {
                    break;
                }

                if (next > _fake.GetUtcNow())
                {
                    _fake.SetUtcNow(next);
                }

                due = [.. _waiting.Where(t => t.DueAt <= next)];
                _waiting.ExceptWith(due);
            }

            foreach (var timer in due)
            {
                timer.Fire();
            }
        }

        if (instant > GetUtcNow())
        {
            _fake.SetUtcNow(instant);
        }
    }

    /// <summary>Moves the clock to the earliest waiting timer and fires it; false when no timer waits.</summary>
    public bool AdvanceToNextTimer()
    {
        if (NextDue is not { } due)
        {
            return false;
        }

        AdvanceTo(due);
        return true;
    }

    /// <summary>
    /// Runs <paramref name="work"/> to its end, moving the clock to each timer it waits on. <paramref name="otherTimers"/>
    /// timers wait for later (e.g. a scheduler's sleep); they must not fire meanwhile.
    /// </summary>
    public async Task<T> RunToEndAsync<T>(Task<T> work, int otherTimers = 0)
    {
        ArgumentNullException.ThrowIfNull(work);
        _ = work.ContinueWith(_ => Signal(), TaskScheduler.Default);
        while (!work.IsCompleted)
        {
            await WaitUntilAsync(() => work.IsCompleted || WaitingTimers > otherTimers, "the work to end or wait on the clock");
            if (!work.IsCompleted)
            {
                AdvanceToNextTimer();
            }
        }

        return await work;
    }

    /// <summary>Wakes <see cref="WaitUntilAsync"/> to check its condition again (e.g. after a delivery).</summary>
    public void Signal() => _changed.Release();

    /// <summary>Waits, in real time and at most 20 s, until <paramref name="condition"/> holds.</summary>
    /// <exception cref="TimeoutException">It did not hold in time.</exception>
    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            var remaining = Patience - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero || !await _changed.WaitAsync(remaining))
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what}; {WaitingTimers} timers waiting at {GetUtcNow():O}.");
            }
        }
    }

    private void Track(WatchedTimer timer, bool waiting)
    {
        lock (_lock)
        {
            if (waiting)
            {
                _waiting.Add(timer);
            }
            else
            {
                _waiting.Remove(timer);
            }
        }

        Signal();
    }

    /// <summary>A timer that only this clock fires, in <see cref="AdvanceTo"/>.</summary>
    private sealed class WatchedTimer(SteppedClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private volatile bool _disposed;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }

            _period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                clock.Track(this, waiting: false);
                return true;
            }

            DueAt = clock.GetUtcNow() + (dueTime > TimeSpan.Zero ? dueTime : TimeSpan.Zero);
            if (dueTime > TimeSpan.Zero)
            {
                clock.Track(this, waiting: true);
            }
            else
            {
                ThreadPool.QueueUserWorkItem(_ => Fire());
            }

            return true;
        }

        public void Dispose()
        {
            _disposed = true;
            clock.Track(this, waiting: false);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        /// <summary>Runs the callback (the clock already stopped counting it as waiting); a periodic timer waits again.</summary>
        public void Fire()
        {
            if (_disposed)
            {
                return;
            }

            if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
            {
                DueAt += _period;
                clock.Track(this, waiting: true);
            }

            callback(state);
            clock.Signal();
        }
    }
}
