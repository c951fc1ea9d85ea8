using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>
/// One instance's share of the bot's send budget (<see cref="DigestOptions.MaxMessagesPerSecond"/>): heartbeats in the
/// store count the live instances, and the limiter's global limit becomes floor(budget / live), at least 1. Together
/// the instances keep to the budget in every second, also while they join and leave:
/// <list type="bullet">
/// <item>A smaller share applies at once.</item>
/// <item>A larger share (another instance left or was forgotten) applies one limiter window
/// (<see cref="ProactiveRateLimiter.GlobalWindow"/>) after the heartbeat that saw it: by then the sends the other
/// instance made have left every window this one's grants count in.</item>
/// <item>An instance that joins others that are live holds back until each of them has counted it at a heartbeat (so
/// has lowered its share), for at most two heartbeat intervals (a delivering instance beats every interval; one that
/// has not is between passes and beats before it sends again, or gone), and then one limiter window more, for the
/// sends they made under their larger shares.</item>
/// </list>
/// A failed heartbeat keeps the share it had. Thread-safe: one heartbeat at a time; a caller that finds one running goes on without.
/// </summary>
internal sealed class SendBudgetShare
{
    private const long NeverBeaten = long.MinValue;

    private readonly IDigestStore _store;
    private readonly ProactiveRateLimiter _limiter;
    private readonly string _owner;
    private readonly DigestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _shareLock = new();
    private long _lastBeat = NeverBeaten;
    private int _beating;
    private int _pendingShare;
    private int _pendingLive;
    private long _pendingSince;

    public SendBudgetShare(IDigestStore store, ProactiveRateLimiter limiter, string owner, DigestOptions options, TimeProvider time, ILogger logger)
    {
        _store = store;
        _limiter = limiter;
        _owner = owner;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The share of <paramref name="budget"/> per second for one of <paramref name="liveInstances"/> instances.</summary>
    public static int Share(int budget, int liveInstances) => Math.Max(1, budget / Math.Max(1, liveInstances));

    private TimeSpan Interval => TimeSpan.FromSeconds(_options.HeartbeatSeconds);

    /// <summary>The longest a joining instance waits for the others to count it.</summary>
    private TimeSpan MaxJoinWait => 2 * Interval;

    /// <summary>
    /// A delivery pass starts: records a heartbeat and sets the limiter's share. When this instance was not live and
    /// others are, waits until they have counted it (at most <see cref="MaxJoinWait"/>), then one limiter window.
    /// </summary>
    public async Task StartPassAsync(CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _lastBeat);
        var joining = last == NeverBeaten || _time.GetElapsedTime(last) > _options.InstanceLiveWindow;
        if (await BeatAsync(force: true, cancellationToken).ConfigureAwait(false) is not { Live: > 1 } census || !joining)
        {
            return;
        }

        Log.JoiningLiveInstances(_logger, census.Live - 1, (MaxJoinWait + ProactiveRateLimiter.GlobalWindow).TotalSeconds);
        var waitStarted = _time.GetTimestamp();
        while (census.Lagging > 0)
        {
            if (_time.GetElapsedTime(waitStarted) >= MaxJoinWait)
            {
                Log.JoinedWithoutAllCounts(_logger, census.Lagging, MaxJoinWait.TotalSeconds);
                break;
            }

            await Task.Delay(Interval / 10, _time, cancellationToken).ConfigureAwait(false);
            census = await BeatAsync(force: true, cancellationToken).ConfigureAwait(false) ?? census;
        }

        await Task.Delay(ProactiveRateLimiter.GlobalWindow, _time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a heartbeat when the last one is <see cref="DigestOptions.HeartbeatSeconds"/> old (during a pass), and
    /// applies a larger share once its window has passed.
    /// </summary>
    public Task BeatIfDueAsync(CancellationToken cancellationToken)
    {
        ApplyLargerShareIfDue();
        return BeatAsync(force: false, cancellationToken);
    }

    /// <summary>Forgets this instance in the store (it stops), so the others take its share at their next heartbeat.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await _store.LeaveAsync(_owner, cancellationToken).ConfigureAwait(false);
        Interlocked.Exchange(ref _lastBeat, NeverBeaten);
    }

    /// <summary>Records a heartbeat (when forced or due) and returns what it found; null when none was recorded.</summary>
    private async Task<InstanceCensus?> BeatAsync(bool force, CancellationToken cancellationToken)
    {
        if (!force && !IsDue())
        {
            return null;
        }

        if (Interlocked.Exchange(ref _beating, 1) == 1)
        {
            return null; // Another sender is recording one right now.
        }

        try
        {
            if (!force && !IsDue())
            {
                return null;
            }

            var census = await _store.HeartbeatAsync(_owner, _time.GetUtcNow(), _options.InstanceLiveWindow, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastBeat, _time.GetTimestamp());
            ApplyCount(census.Live);
            return census;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.HeartbeatFailed(_logger, exception);
            return null;
        }
        finally
        {
            Volatile.Write(ref _beating, 0);
        }
    }

    /// <summary>Lowers the limit at once to this many instances' share, or raises it one window from now.</summary>
    private void ApplyCount(int live)
    {
        var share = Share(_options.MaxMessagesPerSecond, live);
        lock (_shareLock)
        {
            var current = _limiter.GlobalLimit;
            if (share < current)
            {
                _pendingShare = 0;
                _limiter.SetGlobalLimit(share);
                Log.BudgetShared(_logger, live, share, _options.MaxMessagesPerSecond);
            }
            else if (share == current)
            {
                _pendingShare = 0;
            }
            else if (share != _pendingShare)
            {
                _pendingShare = share;
                _pendingLive = live;
                _pendingSince = _time.GetTimestamp();
            }
        }

        ApplyLargerShareIfDue();
    }

    private void ApplyLargerShareIfDue()
    {
        if (Volatile.Read(ref _pendingShare) == 0)
        {
            return;
        }

        lock (_shareLock)
        {
            if (_pendingShare == 0 || _time.GetElapsedTime(_pendingSince) < ProactiveRateLimiter.GlobalWindow)
            {
                return;
            }

            _limiter.SetGlobalLimit(_pendingShare);
            Log.BudgetShared(_logger, _pendingLive, _pendingShare, _options.MaxMessagesPerSecond);
            _pendingShare = 0;
        }
    }

    private bool IsDue()
    {
        var last = Interlocked.Read(ref _lastBeat);
        return last == NeverBeaten || _time.GetElapsedTime(last) >= Interval;
    }
}
