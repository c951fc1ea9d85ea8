using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Storage;
using CooperationBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// The key figure: <c>digest run --now</c> as a child process, killed at the K-th delivery (after the connector
/// recorded it, before it answered), then run again by a second process. No subscriber may get a digest twice; with one
/// send in flight none may be lost either, and the one in flight at the kill is the only entry left in doubt.
/// </summary>
public sealed class DigestKillRestartTests : IDisposable
{
    private const int Subscribers = 300;
    private const int KillAt = 100;
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(120);

    private readonly TempDatabase _database = new();
    private readonly ITestOutputHelper _log;

    public DigestKillRestartTests(ITestOutputHelper log)
    {
        _log = log;
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task RunNow_KilledWithOneSendInFlight_RestartDeliversEveryDigestOnceAndLeavesOneInDoubt()
    {
        var run = await KillAndRestartAsync(maxConcurrentSends: 1);

        Assert.Equal(0, run.Duplicates);
        Assert.Equal(Subscribers, run.DeliveredOnce);
        Assert.Equal(1, run.InDoubt);
        Assert.Equal(Subscribers - 1, run.Sent);
        Assert.Equal(0, run.Lost);
    }

    [Fact]
    public async Task RunNow_KilledWithEightSendsInFlight_RestartSendsNoDuplicateAndLosesAtMostTheInFlightOnes()
    {
        var run = await KillAndRestartAsync(maxConcurrentSends: 8);

        Assert.Equal(0, run.Duplicates);
        Assert.InRange(run.InDoubt, 1, 8);
        Assert.Equal(Subscribers - run.InDoubt, run.Sent);
        Assert.Equal(Subscribers - run.Lost, run.DeliveredOnce);
        Assert.InRange(run.Lost, 0, 8);
    }

    private async Task<KillRestartRun> KillAndRestartAsync(int maxConcurrentSends)
    {
        var started = TimeProvider.System.GetTimestamp();
        await using var connector = await FaultInjectingConnector.StartAsync();
        var store = await DigestSeed.StoreAsync(_database);
        await DigestSeed.SubscribeAsync(store, connector.ServiceUrl, Subscribers);
        var environment = DigestCliEnvironment.For(_database, maxConcurrentSends, leaseSeconds: 2);
        string[] runNow = ["digest", "run", "--now"];

        // First process: killed while the connector holds the answer to delivery number KillAt.
        using var first = BotProcess.Start(environment, runNow);
        var killed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        connector.OnDelivered = delivery =>
        {
            if (delivery.Number == KillAt)
            {
                first.Kill();
                killed.TrySetResult(delivery.Number);
            }

            return Task.CompletedTask;
        };
        var firstCode = await first.WaitForExitAsync(ProcessTimeout);
        connector.OnDelivered = null;
        Assert.True(killed.Task.IsCompleted, $"The first process ended before delivery {KillAt}.\n{first.Describe()}");
        Assert.NotEqual(0, firstCode);
        var sentByFirst = connector.Deliveries;

        // Second process: takes over once the first one's leases ran out, and must finish.
        using var second = BotProcess.Start(environment, runNow);
        var secondCode = await second.WaitForExitAsync(ProcessTimeout);
        Assert.True(secondCode == 0, $"The second run did not finish cleanly.\n{second.Describe()}");

        var entries = await store.ListOutboxAsync(null, Subscribers * 2, CancellationToken.None);
        Assert.Equal(Subscribers, entries.Count);
        var inDoubt = entries.Where(e => e.State == OutboxState.InDoubt).ToList();
        var lost = inDoubt.Count(e => connector.DeliveryCount(DigestSender.DigestKey(e.SubscriberId, e.DigestDate)) == 0);
        var deliveredOnce = entries.Count(e => connector.DeliveryCount(DigestSender.DigestKey(e.SubscriberId, e.DigestDate)) == 1);
        Assert.All(
            entries.Where(e => e.State == OutboxState.Sent),
            e => Assert.Equal(1, connector.DeliveryCount(DigestSender.DigestKey(e.SubscriberId, e.DigestDate))));
        if (inDoubt.Count > 0)
        {
            Assert.Contains($"{inDoubt.Count} in doubt", second.Output, StringComparison.Ordinal);
        }

        await AssertStatusListsInDoubtAsync(environment, inDoubt.Count);
        var run = new KillRestartRun(
            entries.Count(e => e.State == OutboxState.Sent), inDoubt.Count, lost, deliveredOnce, connector.DuplicateKeys);
        _log.WriteLine(
            $"kill-and-restart, {maxConcurrentSends} send(s) in flight: N={Subscribers}, killed at delivery {KillAt} (first exit code {firstCode}); "
            + $"received from first process {sentByFirst}, from second {connector.Deliveries - sentByFirst}; "
            + $"store: {run.Sent} Sent, {run.InDoubt} InDoubt; in doubt and never received (lost) {run.Lost}; "
            + $"duplicates {run.Duplicates}; elapsed {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s");
        _log.WriteLine($"second run: {second.Output.Trim()}");
        return run;
    }

    /// <summary><c>digest status --json</c> from a third process lists every in-doubt entry with its reason.</summary>
    private static async Task AssertStatusListsInDoubtAsync(IReadOnlyDictionary<string, string?> environment, int inDoubt)
    {
        using var status = BotProcess.Start(environment, ["digest", "status", "--json"]);
        Assert.True(await status.WaitForExitAsync(ProcessTimeout) == 0, status.Describe());
        var report = JsonNode.Parse(status.Output)!;
        Assert.Equal(inDoubt, (int)report["outbox"]!["inDoubt"]!);
        var problems = report["subscribers"]!.AsArray()
            .SelectMany(s => s!["problems"]!.AsArray())
            .Where(p => (string?)p!["state"] == nameof(OutboxState.InDoubt))
            .ToList();
        Assert.Equal(inDoubt, problems.Count);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace((string?)p!["reason"])));
    }

    /// <summary>The figures of one kill-and-restart run.</summary>
    private sealed record KillRestartRun(int Sent, int InDoubt, int Lost, int DeliveredOnce, int Duplicates);
}
