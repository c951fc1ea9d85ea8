namespace CooperationBot.Testing.Connector;

/// <summary>
/// A stand-in for a channel's connector on 127.0.0.1. By default it answers every call with
/// 200 <c>{"id":"activity-N"}</c>; queue other answers with <see cref="LoopbackHttpServer.Enqueue"/>.
/// </summary>
public sealed class LoopbackConnectorServer : LoopbackHttpServer
{
    private LoopbackConnectorServer()
    {
    }

    /// <summary>The serviceUrl to hand the connector client: <c>http://127.0.0.1:port/</c>.</summary>
    public string ServiceUrl => BaseAddress.AbsoluteUri;

    public static async Task<LoopbackConnectorServer> StartAsync()
    {
        var server = new LoopbackConnectorServer();
        await server.ListenAsync();
        return server;
    }

    protected override ScriptedResponse DefaultResponse(RecordedRequest request, int number) =>
        ScriptedResponse.ActivityId($"activity-{number}");
}
