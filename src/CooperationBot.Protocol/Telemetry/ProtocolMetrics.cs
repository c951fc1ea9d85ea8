using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CooperationBot.Protocol.Telemetry;

/// <summary>
/// The protocol layer's instruments, on the meter <see cref="MeterName"/>: connector calls (one per HTTP attempt,
/// retries included) with their duration, and inbound authentication failures by reason class. Register it as a
/// singleton; with an <see cref="IMeterFactory"/> the meter belongs to that factory (one per host).
/// </summary>
public sealed class ProtocolMetrics : IDisposable
{
    /// <summary>The meter's name, for an exporter's allowlist.</summary>
    public const string MeterName = "cooperationbot.protocol";

    /// <summary>Connector HTTP calls, tagged with <see cref="OperationTag"/> and <see cref="StatusCodeTag"/> (or <see cref="ErrorTypeTag"/>).</summary>
    public const string ConnectorCalls = "cooperationbot.connector.calls";

    /// <summary>The duration of one connector HTTP call in seconds, tagged like <see cref="ConnectorCalls"/>.</summary>
    public const string ConnectorCallDuration = "cooperationbot.connector.call.duration";

    /// <summary>Inbound requests refused with 401, tagged with <see cref="ReasonTag"/> (a class such as <c>signature</c>).</summary>
    public const string AuthFailures = "cooperationbot.auth.failures";

    public const string OperationTag = "cooperationbot.connector.operation";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ErrorTypeTag = "error.type";
    public const string ReasonTag = "cooperationbot.auth.reason";

    private readonly Meter _meter;
    private readonly Counter<long> _connectorCalls;
    private readonly Histogram<double> _connectorCallDuration;
    private readonly Counter<long> _authFailures;

    /// <param name="meterFactory">The host's meter factory; null creates a meter of its own.</param>
    public ProtocolMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _connectorCalls = _meter.CreateCounter<long>(ConnectorCalls, "{call}", "Connector HTTP calls by operation and status code.");
        _connectorCallDuration = _meter.CreateHistogram<double>(
            ConnectorCallDuration, "s", "Duration of connector HTTP calls.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _authFailures = _meter.CreateCounter<long>(AuthFailures, "{failure}", "Inbound requests refused for authentication, by reason class.");
    }

    /// <summary>Records one connector HTTP call: its answer's status code, or the exception type when there was no answer.</summary>
    public void ConnectorCall(string operation, int? statusCode, string? errorType, TimeSpan duration)
    {
        var tags = new TagList { { OperationTag, operation } };
        if (statusCode is { } status)
        {
            tags.Add(StatusCodeTag, status);
        }

        if (errorType is not null)
        {
            tags.Add(ErrorTypeTag, errorType);
        }

        _connectorCalls.Add(1, tags);
        _connectorCallDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Records a refused inbound request; <paramref name="reasonClass"/> is a short class, never token content.</summary>
    public void AuthFailure(string reasonClass) => _authFailures.Add(1, new KeyValuePair<string, object?>(ReasonTag, reasonClass));

    public void Dispose() => _meter.Dispose();
}
