using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>
/// Watches the knowledge file while the host runs (see <see cref="KnowledgeFileWatcher"/>), unless
/// <see cref="KnowledgeOptions.Watch"/> is off. The watcher starts before the host reports started, so no edit made
/// after start-up is missed.
/// </summary>
public sealed class KnowledgeWatchService(
    KnowledgeFileSource source,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<KnowledgeFileWatcher> logger) : BackgroundService
{
    private KnowledgeFileWatcher? _watcher;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Watch)
        {
            _watcher = new KnowledgeFileWatcher(source, options.Value, time, logger);
        }

        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            _watcher?.Dispose();
        }
    }
}
