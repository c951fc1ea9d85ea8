using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>
/// Serves the knowledge file (<see cref="KnowledgeOptions.Path"/>). It loads at construction and throws
/// <see cref="KnowledgeLoadException"/> when the file is not valid; afterwards <see cref="Reload"/> swaps
/// <see cref="Current"/> only for a valid file, so an invalid edit is logged and the last valid snapshot keeps serving.
/// Watching for edits is <see cref="KnowledgeFileWatcher"/>'s job.
/// </summary>
public sealed class KnowledgeFileSource : IKnowledgeSource
{
    private readonly KnowledgeFileLoader _loader;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeFileSource> _logger;
    private readonly Lock _gate = new();
    private KnowledgeSnapshot _current;
    private KnowledgeLoadResult _lastAttempt;

    public KnowledgeFileSource(IOptions<KnowledgeOptions> options, KnowledgeFileLoader loader, TimeProvider time, ILogger<KnowledgeFileSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _loader = loader ?? throw new ArgumentNullException(nameof(loader));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        Path = KnowledgePaths.Resolve(options.Value.Path);

        _lastAttempt = _loader.Load(Path);
        LogDiagnostics(_lastAttempt);
        if (!_lastAttempt.IsValid)
        {
            Log.StartupRejected(_logger, Path, _lastAttempt.ErrorCount);
            throw new KnowledgeLoadException(_lastAttempt);
        }

        _current = Publish(_lastAttempt);
    }

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    public event EventHandler<KnowledgeSnapshot>? Changed;

    /// <summary>The full path of the knowledge file.</summary>
    public string Path { get; }

    /// <summary>The outcome of the latest load, valid or not: its <see cref="KnowledgeLoadResult.Files"/> are the files to watch.</summary>
    public KnowledgeLoadResult LastAttempt => Volatile.Read(ref _lastAttempt);

    /// <summary>
    /// Loads the file again. A valid file with a new version becomes <see cref="Current"/> and raises <see cref="Changed"/>;
    /// an invalid one is logged with every diagnostic and changes nothing. Returns the outcome.
    /// </summary>
    public KnowledgeLoadResult Reload()
    {
        KnowledgeSnapshot? published = null;
        KnowledgeLoadResult result;
        lock (_gate)
        {
            result = _loader.Load(Path);
            Volatile.Write(ref _lastAttempt, result);
            if (result.Version == Current.Version && result.IsValid)
            {
                return result;
            }

            LogDiagnostics(result);
            if (result.IsValid)
            {
                published = Publish(result);
                Volatile.Write(ref _current, published);
            }
            else
            {
                Log.ReloadRejected(_logger, Path, result.ErrorCount, Current.Version);
            }
        }

        if (published is not null)
        {
            Changed?.Invoke(this, published);
        }

        return result;
    }

    private KnowledgeSnapshot Publish(KnowledgeLoadResult result)
    {
        var knowledge = result.Knowledge!;
        Log.KnowledgeLoaded(_logger, result.Version, Path, knowledge.Facts.Count, knowledge.Figures.Count, knowledge.Quotes.Count, result.WarningCount);
        return new KnowledgeSnapshot(knowledge, result.Version, _time.GetUtcNow(), Path);
    }

    private void LogDiagnostics(KnowledgeLoadResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            var level = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => LogLevel.Error,
                DiagnosticSeverity.Warning => LogLevel.Warning,
                _ => LogLevel.Information,
            };
            Log.KnowledgeDiagnostic(_logger, level, diagnostic.ToString());
        }
    }
}
