using System.Diagnostics.Metrics;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Telemetry;
using CooperationBot.Protocol.Tests.Connector;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Tests.Telemetry;

/// <summary>Connector calls counted and timed against the real loopback connector, one per HTTP attempt.</summary>
public sealed class ConnectorMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ProtocolMetrics _metrics;
    private readonly MetricCollector<long> _calls;
    private readonly MetricCollector<double> _durations;

    public ConnectorMetricsTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _metrics = new ProtocolMetrics(meters);
        _calls = new MetricCollector<long>(meters, ProtocolMetrics.MeterName, ProtocolMetrics.ConnectorCalls);
        _durations = new MetricCollector<double>(meters, ProtocolMetrics.MeterName, ProtocolMetrics.ConnectorCallDuration);
    }

    [Fact]
    public async Task SendToConversationAsync_503ThenSuccess_CountsBothStatusCodesWithOperation()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Status(503));

        await Client().SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        var calls = _calls.GetMeasurementSnapshot();
        Assert.Equal([503, 200], calls.Select(m => Convert.ToInt32(m.Tags[ProtocolMetrics.StatusCodeTag], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(calls, m => Assert.Equal(ConnectorOperations.Send, m.Tags[ProtocolMetrics.OperationTag]));
        Assert.Equal("503", calls[0].Tags[ProtocolMetrics.ErrorTypeTag]);
        Assert.False(calls[1].ContainsTags(ProtocolMetrics.ErrorTypeTag));
        Assert.Equal(2, _durations.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task ReplyToActivityAsync_404_CountsTheStatusUnderReply()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Error(404, "ConversationNotFound"));

        await Assert.ThrowsAsync<ConnectorException>(
            () => Client().ReplyToActivityAsync(connector.ServiceUrl, "c1", "a1", ConnectorTestParts.Message(), default));

        var call = Assert.Single(_calls.GetMeasurementSnapshot());
        Assert.Equal(1, call.Value);
        Assert.Equal(ConnectorOperations.Reply, call.Tags[ProtocolMetrics.OperationTag]);
        Assert.Equal(404, call.Tags[ProtocolMetrics.StatusCodeTag]);
    }

    [Fact]
    public async Task CreateConversationAsync_ConnectorGone_CountsTheExceptionTypeWithoutStatus()
    {
        var connector = await LoopbackConnectorServer.StartAsync();
        var serviceUrl = connector.ServiceUrl;
        await connector.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(
            () => Client().CreateConversationAsync(serviceUrl, ConversationParameters.ForPersonalChat("28:bot", "29:user", "tenant"), default));

        var call = Assert.Single(_calls.GetMeasurementSnapshot());
        Assert.Equal(ConnectorOperations.CreateConversation, call.Tags[ProtocolMetrics.OperationTag]);
        Assert.Equal(nameof(HttpRequestException), call.Tags[ProtocolMetrics.ErrorTypeTag]);
        Assert.False(call.ContainsTags(ProtocolMetrics.StatusCodeTag));
    }

    public void Dispose()
    {
        _calls.Dispose();
        _durations.Dispose();
        _services.Dispose();
    }

    private ConnectorClient Client() => new(
        new HttpClient(ConnectorHttpHandler.CreatePrimaryHandler()),
        tokenProvider: null,
        Options.Create(new ConnectorOptions()),
        new InstantDelayTimeProvider(),
        NullLogger<ConnectorClient>.Instance,
        metrics: _metrics);
}
