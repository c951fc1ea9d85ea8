using System.Net;
using CooperationBot.Bot.Telemetry;
using CooperationBot.Protocol.Telemetry;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Telemetry;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CooperationBot.Tests.Telemetry;

/// <summary>The real host exports its spans and metrics to a loopback Application Insights ingestion endpoint.</summary>
[Collection(ProcessWideTelemetryCollection.Name)]
public sealed class AzureMonitorExportTests
{
    private const string ServiceName = "cooperationbot-azure-monitor-test";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>With <paramref name="alsoOtlp"/>, an OTLP endpoint is configured too, and both receive the telemetry.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Question_WithConnectionString_ExportsRequestSpanAndBotMetricsToAzureMonitor(bool alsoOtlp)
    {
        await using var ingestion = await LoopbackAzureMonitorServer.StartAsync();
        await using var collector = alsoOtlp ? await LoopbackOtlpServer.StartAsync() : null;
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var logs = new FakeLogCollector();
        await using var host = await BotTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = ingestion.ConnectionString,
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "",
                ["OpenTelemetry:OtlpEndpoint"] = collector?.Endpoint,
                ["OpenTelemetry:Protocol"] = "http/protobuf",
                ["OpenTelemetry:ExportIntervalMilliseconds"] = "200",
                ["OpenTelemetry:ServiceName"] = ServiceName,
            },
            logging: logging => logging.AddProvider(new FakeLoggerProvider(logs)));
        using (var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        var question = Activities.Message("Wat is een laissez-passer?", expectReplies: false);
        question["serviceUrl"] = connector.ServiceUrl;
        using (var response = await host.PostActivityAsync(question))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await connector.WaitForRequestsAsync(1, Patience);
        var request = await ingestion.WaitForAsync(item => IsRequestTo(item, "/api/messages"), "request span for /api/messages", Patience);
        await ingestion.WaitForAsync(
            item => item.BaseData?["name"]?.GetValue<string>() == ProtocolTracing.ProcessActivity, $"span {ProtocolTracing.ProcessActivity}", Patience);
        await ingestion.WaitForAsync(item => item.MetricNames.Contains(BotMetrics.Answers), $"metric {BotMetrics.Answers}", Patience);
        await ingestion.WaitForAsync(
            item => item.MetricNames.Contains(ProtocolMetrics.ConnectorCalls), $"metric {ProtocolMetrics.ConnectorCalls}", Patience);

        Assert.Equal(ingestion.InstrumentationKey, request.Json["iKey"]?.GetValue<string>());
        Assert.Equal(ServiceName, request.Tag("ai.cloud.role"));
        Assert.Equal("200", request.BaseData?["responseCode"]?.GetValue<string>());
        Assert.DoesNotContain(ingestion.Items, item => IsRequestTo(item, "/healthz"));
        if (collector is not null)
        {
            await collector.WaitForAsync(LoopbackOtlpServer.TracesPath, [ProtocolTracing.ProcessActivity, ServiceName], Patience);
            await collector.WaitForAsync(LoopbackOtlpServer.MetricsPath, [BotMetrics.Answers, ServiceName], Patience);
        }

        Assert.DoesNotContain(logs.GetSnapshot(), log => log.Message.Contains(ingestion.InstrumentationKey, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsRequestTo(AzureMonitorItem item, string path) =>
        item.BaseType == "RequestData"
        && Uri.TryCreate(item.BaseData?["url"]?.GetValue<string>(), UriKind.Absolute, out var url)
        && url.AbsolutePath == path;
}
