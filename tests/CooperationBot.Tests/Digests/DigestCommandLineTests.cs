using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Host.Cli;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Storage;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// <c>digest run --now</c> and <c>digest status [--json]</c> in process, configured through environment variables as an
/// operator's shell would (hence the collection that runs alone), against a loopback connector.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class DigestCommandLineTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _database = new();
    private FaultInjectingConnector _connector = null!;
    private SqliteDigestStore _store = null!;
    private EnvironmentScope _environment = null!;

    public async Task InitializeAsync()
    {
        _connector = await FaultInjectingConnector.StartAsync();
        _store = await DigestSeed.StoreAsync(_database);
        _environment = new EnvironmentScope(DigestCliEnvironment.For(_database));
    }

    public async Task DisposeAsync()
    {
        _environment.Dispose();
        await _connector.DisposeAsync();
        _database.Dispose();
    }

    [Theory]
    [InlineData]
    [InlineData("run")]
    [InlineData("run", "--later")]
    [InlineData("status", "--xml")]
    [InlineData("send")]
    public async Task Digest_BadArguments_Exits2WithUsage(params string[] args)
    {
        var (code, output, error) = await CliRun.RunAsync(["digest", .. args]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(DigestCommandLine.UsageLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestStatusJson_SeededStore_PrintsSubscribersAndOutboxCounts()
    {
        var subscriptions = await DigestSeed.SubscribeAsync(_store, _connector.ServiceUrl, 3);
        var failed = subscriptions[0].SubscriberId;
        var date = new DateOnly(2026, 11, 30);
        await _store.EnqueueAsync(
            new OutboxEntry { SubscriberId = failed, DigestDate = date, KnowledgeVersion = "v1", ActivityJson = "{}", NextAttemptAt = default, CreatedAt = default },
            None);
        await _store.CompleteAsync(failed, date, owner: null, OutboxState.Failed, 400, "400 from the connector", default, None);

        var (code, output, error) = await CliRun.RunAsync("digest", "status", "--json");

        Assert.True(code == 0, error);
        var report = JsonNode.Parse(output)!;
        var listed = report["subscribers"]!.AsArray();
        Assert.Equal(subscriptions.Select(s => s.SubscriberId).Order(StringComparer.Ordinal), listed.Select(s => (string)s!["subscriberId"]!));
        Assert.Equal(1, (int)report["outbox"]!["failed"]!);
        Assert.Equal(0, (int)report["outbox"]!["sent"]!);
        var problem = Assert.Single(listed.Single(s => (string?)s!["subscriberId"] == failed)!["problems"]!.AsArray())!;
        Assert.Equal("2026-11-30", (string?)problem["digestDate"]);
        Assert.Equal("Failed", (string?)problem["state"]);
        Assert.Equal("400 from the connector", (string?)problem["reason"]);
    }

    [Fact]
    public async Task DigestRunNow_ThreeSubscribers_DeliversEachOnceAndExits0()
    {
        var subscriptions = await DigestSeed.SubscribeAsync(_store, _connector.ServiceUrl, 3);

        var (code, output, error) = await CliRun.RunAsync("digest", "run", "--now");
        var again = await CliRun.RunAsync("digest", "run", "--now");

        Assert.True(code == 0, error);
        Assert.Contains("3 scheduled", output, StringComparison.Ordinal);
        Assert.Contains("3 sent, 0 parked (conversation gone), 0 failed, 0 still open", output, StringComparison.Ordinal);
        Assert.Equal(3, _connector.Deliveries);
        Assert.Equal(
            subscriptions.Select(s => s.Target.ConversationId).Order(StringComparer.Ordinal),
            _connector.DeliveryLog.Select(d => d.ConversationId).Order(StringComparer.Ordinal));
        Assert.Equal(0, again.Code);
        Assert.Contains("0 scheduled", again.Output, StringComparison.Ordinal);
        Assert.Equal(3, _connector.Deliveries);
    }

    [Fact]
    public async Task DigestRunNow_ConversationForbidden_ReportsParkedAndStatusShowsTheReason()
    {
        var subscriptions = await DigestSeed.SubscribeAsync(_store, _connector.ServiceUrl, 2);
        var blocked = subscriptions[1];
        _connector.FailAlways(blocked.Target.ConversationId, ConnectorFault.Forbidden);

        var (code, output, error) = await CliRun.RunAsync("digest", "run", "--now");
        var status = await CliRun.RunAsync("digest", "status");
        var json = await CliRun.RunAsync("digest", "status", "--json");

        Assert.True(code == 0, error);
        Assert.Contains("1 sent, 1 parked (conversation gone), 0 failed", output, StringComparison.Ordinal);
        Assert.Equal(0, status.Code);
        var line = Assert.Single(status.Output.Split('\n'), l => l.StartsWith(blocked.SubscriberId + " ", StringComparison.Ordinal));
        Assert.Contains("Parked", line, StringComparison.Ordinal);
        Assert.Contains("parked: 403 from the connector", line, StringComparison.Ordinal);
        var listed = JsonNode.Parse(json.Output)!["subscribers"]!.AsArray().Single(s => (string?)s!["subscriberId"] == blocked.SubscriberId)!;
        Assert.StartsWith("403 from the connector", (string?)listed["parkedReason"], StringComparison.Ordinal);
        Assert.Equal("Parked", (string?)Assert.Single(listed["problems"]!.AsArray())!["state"]);
    }
}
