using CooperationBot.Bot.Knowledge.Loading;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>
/// Reloads a <see cref="KnowledgeFileSource"/> when the knowledge file or one of its source texts changes: file system
/// notifications start a quiet period (<see cref="KnowledgeOptions.ReloadDelay"/>, restarted by every further change),
/// and a periodic hash comparison (<see cref="KnowledgeOptions.HashCheckInterval"/>) catches missed notifications.
/// Both timers run on the given <see cref="TimeProvider"/>; a reload happens only when the files' hash changed.
/// </summary>
public sealed class KnowledgeFileWatcher : IDisposable
{
    private readonly KnowledgeFileSource _source;
    private readonly TimeSpan _delay;
    private readonly ILogger _logger;
    private readonly ITimer _debounce;
    private readonly ITimer _hashCheck;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private bool _disposed;

    public KnowledgeFileWatcher(KnowledgeFileSource source, KnowledgeOptions options, TimeProvider time, ILogger<KnowledgeFileWatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _delay = options.ReloadDelay;
        _debounce = time.CreateTimer(_ => ReloadIfChanged(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _hashCheck = time.CreateTimer(_ => ReloadIfChanged(), null, options.HashCheckInterval, options.HashCheckInterval);
        lock (_gate)
        {
            RefreshWatchers();
        }
    }

    /// <summary>Raised (on a file system thread) when a change to a watched file was noticed and the quiet period started.</summary>
    public event EventHandler<string>? ChangeNoticed;

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _debounce.Dispose();
            _hashCheck.Dispose();
            foreach (var watcher in _watchers.Values)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }
    }

    private void ReloadIfChanged()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            try
            {
                if (KnowledgeFingerprint.Compute(_source.LastAttempt.Files) != _source.LastAttempt.Version)
                {
                    _source.Reload();
                    RefreshWatchers();
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.WatchFailed(_logger, exception, _source.Path);
            }
        }
    }

    private void RefreshWatchers()
    {
        _files = new HashSet<string>(_source.LastAttempt.Files, StringComparer.Ordinal);
        var folders = _files.Select(file => System.IO.Path.GetDirectoryName(file)!).Where(Directory.Exists).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _watchers.Keys.Where(folder => !folders.Contains(folder)).ToList())
        {
            _watchers[gone].Dispose();
            _watchers.Remove(gone);
        }

        foreach (var folder in folders.Where(folder => !_watchers.ContainsKey(folder)))
        {
            var watcher = new FileSystemWatcher(folder) { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
            watcher.Changed += OnFileEvent;
            watcher.Created += OnFileEvent;
            watcher.Deleted += OnFileEvent;
            watcher.Renamed += OnFileEvent;
            watcher.EnableRaisingEvents = true;
            _watchers[folder] = watcher;
        }
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        var files = Volatile.Read(ref _files);
        var relevant = files.Contains(e.FullPath) || (e is RenamedEventArgs renamed && files.Contains(renamed.OldFullPath));
        if (!relevant)
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _debounce.Change(_delay, Timeout.InfiniteTimeSpan);
        }

        ChangeNoticed?.Invoke(this, e.FullPath);
    }
}
