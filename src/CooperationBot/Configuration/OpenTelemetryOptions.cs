namespace CooperationBot.Host.Configuration;

/// <summary>
/// The <c>OpenTelemetry</c> configuration section. Metrics and traces are exported over OTLP when an endpoint is
/// configured here or in the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable, and to Azure Monitor when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; with neither, nothing of OpenTelemetry is registered.
/// </summary>
public sealed class OpenTelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The standard variable the endpoint may come from instead (this section wins).</summary>
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>
    /// The collector's base address, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318</c>
    /// (http/protobuf: <c>/v1/metrics</c> and <c>/v1/traces</c> are added). An absolute http or https URL. The default is none.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>
    /// The Application Insights connection string, from <see cref="AzureMonitorConnectionString.Variable"/> (not from this
    /// section, hence no public setter). It holds the instrumentation key: never log it. The default is none.
    /// </summary>
    public string? ApplicationInsightsConnectionString { get; internal set; }

    /// <summary>
    /// <c>grpc</c> or <c>http/protobuf</c>. The default is none: the exporter's own default (gRPC), or
    /// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> when set.
    /// </summary>
    public string? Protocol { get; set; }

    /// <summary>
    /// How often metrics and batched spans are exported, in milliseconds (100 to 3,600,000); to Azure Monitor, metrics only
    /// (its exporter sends spans every 5 s). The default is 60,000.
    /// </summary>
    public int ExportIntervalMilliseconds { get; set; } = 60_000;

    /// <summary>The <c>service.name</c> resource attribute. The default is cooperationbot.</summary>
    public string ServiceName { get; set; } = "cooperationbot";
}
