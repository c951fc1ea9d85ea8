using Azure.Monitor.OpenTelemetry.Exporter;
using CooperationBot.Host.Configuration;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CooperationBot.Host.Telemetry;

/// <summary>
/// Export to Azure Monitor (Application Insights) with <see cref="OpenTelemetryOptions.ApplicationInsightsConnectionString"/>.
/// Offline storage is off: what cannot be sent is dropped, and no files are written. Every span is exported, as over
/// OTLP: the exporter's default sampler (at most 5 traces a second) would apply to the whole tracer provider, OTLP too.
/// </summary>
internal static class AzureMonitorExport
{
    /// <summary>
    /// Adds a reader that exports to Azure Monitor every <see cref="OpenTelemetryOptions.ExportIntervalMilliseconds"/>
    /// (the exporter's own registration has a fixed 60 s). The exporter is made when the provider is built, after
    /// start-up validation has checked the connection string.
    /// </summary>
    public static MeterProviderBuilder AddAzureMonitorExport(this MeterProviderBuilder metrics, OpenTelemetryOptions options) =>
        metrics.AddReader(_ =>
        {
            var exporter = new AzureMonitorExporterOptions();
            Configure(exporter, options);
            return new PeriodicExportingMetricReader(new AzureMonitorMetricExporter(exporter), options.ExportIntervalMilliseconds)
            {
                TemporalityPreference = MetricReaderTemporalityPreference.Delta,
            };
        });

    /// <summary>Adds the exporter's span processor (it batches spans every 5 s) and its sampler, set to keep every span.</summary>
    public static TracerProviderBuilder AddAzureMonitorExport(this TracerProviderBuilder tracing, OpenTelemetryOptions options) =>
        tracing.AddAzureMonitorTraceExporter(exporter => Configure(exporter, options));

    private static void Configure(AzureMonitorExporterOptions exporter, OpenTelemetryOptions options)
    {
        exporter.ConnectionString = options.ApplicationInsightsConnectionString;
        exporter.DisableOfflineStorage = true;
        exporter.EnableLiveMetrics = false; // The per-signal exporters do not support it.
        exporter.TracesPerSecond = null;
        exporter.SamplingRatio = 1f;
    }
}
