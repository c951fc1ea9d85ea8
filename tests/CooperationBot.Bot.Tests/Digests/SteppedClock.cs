using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Digests;

/// <summary>
/// A fake clock (a <see cref="FakeTimeProvider"/> underneath) that knows which of its timers are still waiting, so a
/// test can move time exactly when the code under test waits on it: every timer change and every
/// <see cref="Signal"/> wakes <see cref="WaitUntilAsync"/>, which checks its condition again.
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

    /// <summary>Moves the clock to <paramref name="instant"/> (not backwards), firing the timers due by then.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
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

    /// <summary>A timer of the fake clock that reports when it starts and stops waiting.</summary>
    private sealed class WatchedTimer : ITimer
    {
        private readonly SteppedClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _inner;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private bool _disposed;

        public WatchedTimer(SteppedClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _inner = clock._fake.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }

            _period = period;
            var waits = dueTime != Timeout.InfiniteTimeSpan && dueTime > TimeSpan.Zero;
            DueAt = waits ? _clock.GetUtcNow() + dueTime : DateTimeOffset.MaxValue;
            _clock.Track(this, waits);
            return _inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            _disposed = true;
            _clock.Track(this, waiting: false);
            _inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Fire()
        {
            var periodic = _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;
            if (periodic)
            {
                DueAt += _period;
            }

            _clock.Track(this, waiting: periodic && !_disposed);
            _callback(_state);
        }
    }
}
