using CooperationBot.Bot.Telemetry;
using CooperationBot.Host.Configuration;
using CooperationBot.Host.Endpoints;
using CooperationBot.Protocol.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CooperationBot.Host.Telemetry;

/// <summary>
/// OpenTelemetry for the host: the bot's meters and activity sources plus ASP.NET Core's, exported over OTLP when an
/// endpoint is configured (<see cref="TelemetryEndpoint.Configured"/>) and to Azure Monitor when a connection string is
/// (<see cref="AzureMonitorConnectionString.Configured"/>); both when both are. With neither, nothing of OpenTelemetry is
/// registered.
/// </summary>
public static class TelemetryServiceRegistration
{
    private const string ProtocolVariable = "OTEL_EXPORTER_OTLP_PROTOCOL";

    public static WebApplicationBuilder AddCooperationBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var endpoint = TelemetryEndpoint.Configured(builder.Configuration);
        var connectionString = AzureMonitorConnectionString.Configured(builder.Configuration);
        if (endpoint is null && connectionString is null)
        {
            return builder;
        }

        var services = builder.Services;
        services.AddSingleton<IValidateOptions<OpenTelemetryOptions>, OpenTelemetryOptionsValidator>();
        services.AddOptions<OpenTelemetryOptions>()
            .BindConfiguration(OpenTelemetryOptions.SectionName)
            .Configure(options =>
            {
                options.OtlpEndpoint = endpoint;
                options.ApplicationInsightsConnectionString = connectionString;
            })
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(OpenTelemetryOptions.SectionName).Get<OpenTelemetryOptions>() ?? new OpenTelemetryOptions();
        options.OtlpEndpoint = endpoint;
        options.ApplicationInsightsConnectionString = connectionString;
        options.Protocol ??= builder.Configuration[ProtocolVariable];
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(ProtocolMetrics.MeterName, BotMetrics.MeterName)
                    .AddAspNetCoreInstrumentation();
                if (options.OtlpEndpoint is not null)
                {
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        ConfigureExporter(exporter, options, "v1/metrics");
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.ExportIntervalMilliseconds;
                    });
                }

                if (options.ApplicationInsightsConnectionString is not null)
                {
                    metrics.AddAzureMonitorExport(options);
                }
            })
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(ProtocolTracing.SourceName)
                    .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = http => !HealthEndpoints.IsHealthPath(http.Request.Path));
                if (options.OtlpEndpoint is not null)
                {
                    tracing.AddOtlpExporter(exporter =>
                    {
                        ConfigureExporter(exporter, options, "v1/traces");
                        exporter.BatchExportProcessorOptions.ScheduledDelayMilliseconds = options.ExportIntervalMilliseconds;
                    });
                }

                if (options.ApplicationInsightsConnectionString is not null)
                {
                    tracing.AddAzureMonitorExport(options);
                }
            });
        return builder;
    }

    /// <summary>
    /// Sets the exporter's endpoint and protocol. An endpoint set in code is used as it is, so for http/protobuf the
    /// signal's path (<c>v1/metrics</c>, <c>v1/traces</c>) is added here, as the exporter does for the variable.
    /// </summary>
    private static void ConfigureExporter(OtlpExporterOptions exporter, OpenTelemetryOptions options, string signalPath)
    {
        if (TelemetryEndpoint.Parse(options.OtlpEndpoint) is not { } endpoint)
        {
            return; // Start-up validation reports it.
        }

        if (string.Equals(options.Protocol, OpenTelemetryOptions.HttpProtobuf, StringComparison.Ordinal))
        {
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            var root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint.AbsoluteUri : endpoint.AbsoluteUri + "/";
            exporter.Endpoint = new Uri(new Uri(root), signalPath);
        }
        else
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = endpoint;
        }
    }
}
