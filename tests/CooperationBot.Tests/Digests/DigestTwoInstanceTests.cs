using System.Globalization;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Storage;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Storage;
using Xunit.Abstractions;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// Issue 7's acceptance test: two bot processes run <c>digest run --now</c> at the same moment on one PostgreSQL
/// database (a fresh one on the local test server) for 500 subscribers, through a loopback connector. Each subscriber gets exactly one digest, both processes deliver, and the
/// two keep to one shared budget; with one of them killed mid-run (every send slot of it busy at the connector), the
/// survivor takes over the victim's claims after their lease and still nobody gets a digest twice or none: the victim's
/// calls cut off by the kill are in doubt, each received once.
/// </summary>
public sealed class DigestTwoInstanceTests : IAsyncLifetime
{
    private const int Subscribers = 500;
    private const int KillAt = 150;
    private const int MaxConcurrentSends = 4;
    private const int Budget = 100;

    private readonly ITestOutputHelper _log;
    private TempPostgresDatabase? _database;
    private PostgresDigestStore? _store;

    public DigestTwoInstanceTests(ITestOutputHelper log)
    {
        _log = log;
    }

    public async Task InitializeAsync()
    {
        _database = await TempPostgresDatabase.CreateAsync();
        _store = await DigestSeed.StoreAsync(_database);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task RunNow_TwoProcessesOnOneStore_EverySubscriberGetsExactlyOneDigest()
    {
        var figures = await RunAsync(killAt: null);

        Assert.Equal((0, 0, 0), (figures.Duplicates, figures.Lost, figures.Unattributed));
        Assert.Equal((Subscribers, 0), (figures.Sent, figures.InDoubt));
        Assert.True(figures.DeliveriesPerProcess.First > 0 && figures.DeliveriesPerProcess.Second > 0, "both processes must deliver: " + figures.Describe());
        Assert.Equal(Subscribers, figures.DeliveriesPerProcess.First + figures.DeliveriesPerProcess.Second);

        // One budget for both (each alone would send 100 a second). The connector counts arrivals: the sends granted
        // before a second but arriving in it (at most the 8 in flight) may come on top.
        Assert.InRange(figures.PeakPerSecond, 1, Budget * 5 / 4);
    }

    [Fact]
    public async Task RunNow_OneOfTwoProcessesKilledMidRun_StillExactlyOneDigestEach()
    {
        var figures = await RunAsync(killAt: KillAt);

        Assert.Equal((0, 0, 0), (figures.Duplicates, figures.Lost, figures.InFlightNotReceivedAtKill));
        Assert.InRange(figures.InDoubt, 1, MaxConcurrentSends);
        Assert.Equal(figures.InDoubt, figures.InDoubtReceivedOnce);
        Assert.Equal(Subscribers, figures.Sent + figures.InDoubt);
        Assert.True(figures.ClaimedByVictim > 0, "the victim held claims for the survivor to take over: " + figures.Describe());
        Assert.NotNull(figures.Takeover);
    }

    private async Task<TwoInstanceFigures> RunAsync(int? killAt)
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        await DigestSeed.SubscribeAsync(_store!, connector.ServiceUrl, Subscribers);
        var environment = Environment(StoreOptions.Postgres, _database!.ConnectionString);

        var (figures, survivorOutput) = await TwoInstanceRun.RunAsync(_store!, connector, environment, Subscribers, killAt);

        _log.WriteLine($"two instances on {StoreOptions.Postgres}, budget {Budget}/s, {MaxConcurrentSends} sends in flight each: {figures.Describe()}");
        _log.WriteLine(survivorOutput);
        return figures;
    }

    private static Dictionary<string, string?> Environment(string provider, string connectionString)
    {
        var environment = DigestCliEnvironment.For(provider, connectionString, MaxConcurrentSends, leaseSeconds: 2);
        environment["Digest__MaxMessagesPerSecond"] = Budget.ToString(CultureInfo.InvariantCulture);
        environment["Digest__HeartbeatSeconds"] = "1";
        return environment;
    }
}
