using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Testing.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Knowledge.Hosting;

/// <summary>A temp copy of the test knowledge, a <see cref="KnowledgeFileSource"/> on a fake clock with a fake logger, and an optional watcher.</summary>
internal sealed class KnowledgeSourceFixture : IDisposable
{
    private KnowledgeFileWatcher? _watcher;

    public KnowledgeSourceFixture(TimeSpan? reloadDelay = null, TimeSpan? hashCheckInterval = null)
    {
        Folder = KnowledgeTestData.Copy();
        Options = new KnowledgeOptions
        {
            Path = Folder.KnowledgePath,
            ReloadDelay = reloadDelay ?? TimeSpan.FromMilliseconds(500),
            HashCheckInterval = hashCheckInterval ?? TimeSpan.FromMinutes(10),
        };
    }

    public TempKnowledgeFolder Folder { get; }

    public KnowledgeOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 3, 4, 9, 0, 0, TimeSpan.Zero));

    public FakeLogger<KnowledgeFileSource> Logger { get; } = new();

    public KnowledgeFileSource CreateSource() =>
        new(Microsoft.Extensions.Options.Options.Create(Options), new KnowledgeFileLoader(), Time, Logger);

    public KnowledgeFileWatcher Watch(KnowledgeFileSource source) =>
        _watcher = new KnowledgeFileWatcher(source, Options, Time, new FakeLogger<KnowledgeFileWatcher>());

    /// <summary>A task that completes when the watcher notices the next change of a watched file.</summary>
    public Task<string> NextChangeNoticed()
    {
        var noticed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _watcher!.ChangeNoticed += (_, path) => noticed.TrySetResult(path);
        return noticed.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    /// <summary>A task that completes with the next snapshot <paramref name="source"/> publishes.</summary>
    public static Task<KnowledgeSnapshot> NextSnapshot(IKnowledgeSource source)
    {
        var changed = new TaskCompletionSource<KnowledgeSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Changed += (_, snapshot) => changed.TrySetResult(snapshot);
        return changed.Task;
    }

    public IReadOnlyList<string> LoggedAt(LogLevel level) =>
        Logger.Collector.GetSnapshot().Where(record => record.Level == level).Select(record => record.Message).ToList();

    public void Dispose()
    {
        _watcher?.Dispose();
        Folder.Dispose();
    }
}
