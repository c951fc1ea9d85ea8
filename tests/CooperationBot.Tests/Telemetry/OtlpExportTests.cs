using System.Net;
using CooperationBot.Bot.Telemetry;
using CooperationBot.Protocol.Telemetry;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Telemetry;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Telemetry;

/// <summary>The real host exports its metrics and spans over OTLP http/protobuf to a loopback collector.</summary>
[Collection(ProcessWideTelemetryCollection.Name)]
public sealed class OtlpExportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Question_WithOtlpEndpoint_ExportsAnswerAndConnectorMetricsAndSpans()
    {
        await using var collector = await LoopbackOtlpServer.StartAsync();
        await using var connector = await LoopbackConnectorServer.StartAsync();
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpEndpoint"] = collector.Endpoint,
            ["OpenTelemetry:Protocol"] = "http/protobuf",
            ["OpenTelemetry:ExportIntervalMilliseconds"] = "200",
            ["OpenTelemetry:ServiceName"] = "cooperationbot-export-test",
        });
        var question = Activities.Message("Wat is een laissez-passer?", expectReplies: false);
        question["serviceUrl"] = connector.ServiceUrl;

        using (var response = await host.PostActivityAsync(question))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await connector.WaitForRequestsAsync(1, Patience);
        await collector.WaitForAsync(
            LoopbackOtlpServer.MetricsPath,
            [BotMetrics.Answers, BotMetrics.AnswerDuration, ProtocolMetrics.ConnectorCalls, ProtocolMetrics.ConnectorCallDuration, "cooperationbot-export-test"],
            Patience);
        await collector.WaitForAsync(
            LoopbackOtlpServer.TracesPath, [ProtocolTracing.ProcessActivity, ProtocolTracing.ConnectorCall, "cooperationbot-export-test"], Patience);
        Assert.All(collector.Exports, export => Assert.Equal("application/x-protobuf", export.ContentType));
    }
}
