using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>Watches the knowledge file while the host runs (see <see cref="KnowledgeFileWatcher"/>), unless <see cref="KnowledgeOptions.Watch"/> is off.</summary>
public sealed class KnowledgeWatchService(
    KnowledgeFileSource source,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<KnowledgeFileWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
        {
            return;
        }

        using var watcher = new KnowledgeFileWatcher(source, options.Value, time, logger);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
