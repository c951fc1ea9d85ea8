using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Bot.Digests.Scheduling;
using CooperationBot.Bot.Digests.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Digests;

/// <summary>
/// The running bot's digest clock: wakes at the next subscriber's time (or every <see cref="DigestOptions.PollSeconds"/>),
/// puts the digests that came due into the outbox and delivers the outbox. After downtime the first wake-up finds
/// each missed digest once. When it stops, the instance leaves the live instances (its share of the send budget goes
/// to the others).
/// </summary>
public sealed class DigestSchedulerService : BackgroundService
{
    private readonly IDigestStore _store;
    private readonly DigestRunner _runner;
    private readonly DigestDispatcher _dispatcher;
    private readonly DigestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DigestSchedulerService> _logger;
    private DateTimeOffset? _lastPruned;

    public DigestSchedulerService(
        IDigestStore store,
        DigestRunner runner,
        DigestDispatcher dispatcher,
        IOptions<DigestOptions> options,
        TimeProvider time,
        ILogger<DigestSchedulerService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _runner = runner;
        _dispatcher = dispatcher;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised after each run (tests wait on it).</summary>
    public event EventHandler<DigestRunReport>? RunCompleted;

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (_options.SchedulerEnabled)
        {
            await _dispatcher.LeaveAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.SchedulerEnabled)
        {
            return;
        }

        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? retryAt = null;
            try
            {
                var report = await _runner.RunDueAsync(stoppingToken).ConfigureAwait(false);
                retryAt = report.NextAttemptAt;
                await PruneDailyAsync(stoppingToken).ConfigureAwait(false);
                RunCompleted?.Invoke(this, report);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The clock keeps running: a failed run is logged and tried again at the next wake-up.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.SchedulerRunFailed(_logger, exception);
            }

            var wakeUp = await NextWakeUpAsync(retryAt, stoppingToken).ConfigureAwait(false);
            if (first)
            {
                Log.SchedulerStarted(_logger, wakeUp);
                first = false;
            }

            var wait = wakeUp - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, _time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task PruneDailyAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_lastPruned is { } last && now - last < TimeSpan.FromDays(1))
        {
            return;
        }

        _lastPruned = now;
        var deleted = await _store.PruneAsync(now.AddDays(-_options.RetentionDays), cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            Log.OutboxPruned(_logger, deleted, _options.RetentionDays);
        }
    }

    private async Task<DateTimeOffset> NextWakeUpAsync(DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var wakeUp = now.AddSeconds(_options.PollSeconds);
        try
        {
            var subscriptions = await _store.ListSubscriptionsAsync(cancellationToken).ConfigureAwait(false);
            if (DigestPlanner.NextWakeUp(subscriptions, now) is { } due && due < wakeUp)
            {
                wakeUp = due;
            }
        }
#pragma warning disable CA1031 // Without the list the poll interval still wakes the clock.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.SchedulerRunFailed(_logger, exception);
        }

        return retryAt is { } retry && retry < wakeUp ? (retry < now ? now : retry) : wakeUp;
    }
}
