using System.Text.Json.Nodes;

namespace CooperationBot.Testing.Telemetry;

/// <summary>
/// One telemetry item as the Azure Monitor exporter posts it (one JSON line of a track request): its envelope, with
/// <c>data.baseType</c> (<c>RequestData</c>, <c>RemoteDependencyData</c>, <c>MetricData</c>, ...) and <c>data.baseData</c>.
/// </summary>
public sealed record AzureMonitorItem(JsonObject Json)
{
    public string? BaseType => Json["data"]?["baseType"]?.GetValue<string>();

    public JsonNode? BaseData => Json["data"]?["baseData"];

    /// <summary>A context tag, e.g. <c>ai.cloud.role</c> (from the <c>service.name</c> resource attribute).</summary>
    public string? Tag(string name) => Json["tags"]?[name]?.GetValue<string>();

    /// <summary>The names of the metrics a <c>MetricData</c> item carries; none for other items.</summary>
    public IEnumerable<string> MetricNames =>
        BaseType == "MetricData" && BaseData?["metrics"] is JsonArray metrics
            ? metrics.Select(metric => metric?["name"]?.GetValue<string>()).OfType<string>()
            : [];
}
