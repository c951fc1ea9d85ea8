using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Curators;

/// <summary>
/// Enforces <see cref="CuratorOptions.RetentionDays"/>: at start and then once a day deletes the knowledge gaps, sent
/// answers and votes older than the retention (every row that holds question text).
/// </summary>
public sealed class GapCleanupService(
    IKnowledgeGapStore store, IOptions<CuratorOptions> options, TimeProvider time, ILogger<GapCleanupService> logger) : BackgroundService
{
    /// <summary>The time between two cleanups.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Raised after each cleanup with the rows deleted, or -1 when it failed (tests wait on it).</summary>
    public event EventHandler<int>? Cleaned;

    /// <summary>Deletes what is older than the retention now; returns how many rows.</summary>
    public async Task<int> CleanAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        var deleted = await store.PruneAsync(time.GetUtcNow().AddDays(-days), cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            Log.Pruned(logger, deleted, days);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int deleted;
            try
            {
                deleted = await CleanAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The cleanup runs again tomorrow: a failure is logged, the bot keeps running.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.PruneFailed(logger, exception);
                deleted = -1;
            }

            // The next wake-up is set before anyone hears of this cleanup, so a clock moved on at once still reaches it.
            var next = Task.Delay(Interval, time, stoppingToken);
            Cleaned?.Invoke(this, deleted);
            try
            {
                await next.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
