using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>
/// One instance's share of the bot's send budget (<see cref="DigestOptions.MaxMessagesPerSecond"/>): heartbeats in the
/// store count the live instances, and the limiter's global limit becomes floor(budget / live), at least 1. An instance
/// that joins others that are live holds back for one heartbeat interval first: by then each of them has seen it and
/// lowered its share, so together they keep to the budget also when several start at the same moment. A failed
/// heartbeat keeps the share it had. Thread-safe: one heartbeat at a time; a caller that finds one running goes on without.
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
    private long _lastBeat = NeverBeaten;
    private int _liveInstances;
    private int _beating;

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

    /// <summary>
    /// A delivery pass starts: records a heartbeat and sets the limiter's share. When this instance was not live and
    /// others are, waits one heartbeat interval (the others lower their shares meanwhile) and records another.
    /// </summary>
    public async Task StartPassAsync(CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _lastBeat);
        var joining = last == NeverBeaten || _time.GetElapsedTime(last) > _options.InstanceLiveWindow;
        var live = await BeatAsync(force: true, cancellationToken).ConfigureAwait(false);
        if (joining && live > 1)
        {
            Log.JoiningLiveInstances(_logger, live - 1, _options.HeartbeatSeconds);
            await Task.Delay(Interval, _time, cancellationToken).ConfigureAwait(false);
            await BeatAsync(force: true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records a heartbeat when the last one is <see cref="DigestOptions.HeartbeatSeconds"/> old (during a pass).</summary>
    public Task BeatIfDueAsync(CancellationToken cancellationToken) => BeatAsync(force: false, cancellationToken);

    /// <summary>Forgets this instance in the store (it stops), so the others take its share at their next heartbeat.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await _store.LeaveAsync(_owner, cancellationToken).ConfigureAwait(false);
        Interlocked.Exchange(ref _lastBeat, NeverBeaten);
        _liveInstances = 0;
    }

    /// <summary>Records a heartbeat (when forced or due) and returns the live instances; 0 when none was recorded.</summary>
    private async Task<int> BeatAsync(bool force, CancellationToken cancellationToken)
    {
        if (!force && !IsDue())
        {
            return 0;
        }

        if (Interlocked.Exchange(ref _beating, 1) == 1)
        {
            return 0; // Another sender is recording one right now.
        }

        try
        {
            if (!force && !IsDue())
            {
                return 0;
            }

            var live = await _store.HeartbeatAsync(_owner, _time.GetUtcNow(), _options.InstanceLiveWindow, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastBeat, _time.GetTimestamp());
            if (live != _liveInstances)
            {
                _liveInstances = live;
                var share = Share(_options.MaxMessagesPerSecond, live);
                _limiter.SetGlobalLimit(share);
                Log.BudgetShared(_logger, live, share, _options.MaxMessagesPerSecond);
            }

            return live;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.HeartbeatFailed(_logger, exception);
            return 0;
        }
        finally
        {
            Volatile.Write(ref _beating, 0);
        }
    }

    private bool IsDue()
    {
        var last = Interlocked.Read(ref _lastBeat);
        return last == NeverBeaten || _time.GetElapsedTime(last) >= Interval;
    }
}
