using System.Net;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Host;
using CooperationBot.Testing;
using CooperationBot.Testing.Knowledge;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace CooperationBot.Tests.Knowledge;

/// <summary>The running bot with <c>Knowledge:Path</c> on a temp copy of the repository's knowledge.</summary>
public sealed class KnowledgeReloadHostTests : IDisposable
{
    private readonly TempKnowledgeFolder _folder = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string?> Settings => new()
    {
        ["Knowledge:Path"] = _folder.KnowledgePath,
        ["Knowledge:ReloadDelay"] = "00:00:00.050",
    };

    [Fact]
    public async Task BrokenThenValidEdit_KeepsServingOldKnowledgeThenPublishesTheNew()
    {
        var rejected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var collector = new FakeLogCollector(Options.Create(new FakeLogCollectorOptions
        {
            OutputSink = line =>
            {
                if (line.Contains("still serving knowledge", StringComparison.Ordinal))
                {
                    rejected.TrySetResult();
                }
            },
        }));
        await using var host = await BotTestHost.StartAsync(Settings, logging: logging => logging.AddProvider(new FakeLoggerProvider(collector)));
        var source = host.Services.GetRequiredService<IKnowledgeSource>();
        var first = source.Current;
        Assert.Equal(_folder.KnowledgePath, first.Path);

        // Broken: not YAML any more. The reload is attempted, rejected and logged, and the old snapshot keeps serving.
        _folder.Write(_folder.Read() + "\nfacts: [ this is not closed\n");
        await rejected.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains(collector.GetSnapshot(), record => record.Message.Contains("error: YAML syntax error", StringComparison.Ordinal));
        Assert.Same(first, source.Current);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        // Valid again (with a new comment): published.
        var changed = new TaskCompletionSource<KnowledgeSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Changed += (_, snapshot) => changed.TrySetResult(snapshot);
        File.WriteAllText(_folder.KnowledgePath, "# edited\n" + File.ReadAllText(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge", "knowledge.yaml")));
        var second = await changed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.NotEqual(first.Version, second.Version);
        Assert.Same(second, source.Current);
    }

    [Fact]
    public void Start_InvalidKnowledge_StopsWithTheMessages()
    {
        _folder.Write("version: 2\nsources: []\n");
        using var error = new StringWriter();
        var app = BotHost.Build(["--environment", "Development", $"--Knowledge:Path={_folder.KnowledgePath}"]);

        var valid = BotHost.TryValidateConfiguration(app, error);

        Assert.False(valid);
        Assert.Contains("the knowledge file is not valid", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{_folder.KnowledgePath}:1:10: error: version: must be 1", error.ToString(), StringComparison.Ordinal);
    }
}
