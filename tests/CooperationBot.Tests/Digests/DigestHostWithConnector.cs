using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// The real host (digest scheduler off: the test runs the digest) with a loopback connector for the replies and
/// digests of activities that name it as their serviceUrl.
/// </summary>
internal sealed class DigestHostWithConnector : IAsyncDisposable
{
    private DigestHostWithConnector(BotTestHost host, LoopbackConnectorServer connector)
    {
        Host = host;
        Connector = connector;
    }

    public BotTestHost Host { get; }

    public LoopbackConnectorServer Connector { get; }

    public static async Task<DigestHostWithConnector> StartAsync()
    {
        var connector = await LoopbackConnectorServer.StartAsync();
        var host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Digest:SchedulerEnabled"] = "false" });
        return new DigestHostWithConnector(host, connector);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
