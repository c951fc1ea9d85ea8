namespace CooperationBot.Testing.Telemetry;

/// <summary>One OTLP export request as received: its path (<c>/v1/metrics</c>, <c>/v1/traces</c>) and raw protobuf body.</summary>
public sealed record OtlpExport(string Path, string ContentType, byte[] Body)
{
    /// <summary>
    /// True when the body holds <paramref name="text"/> as UTF-8 bytes: protobuf stores strings (metric names, span
    /// names, attribute keys) as their UTF-8 bytes, so a name the export carries is found without decoding it.
    /// </summary>
    public bool Contains(string text) => Body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
}
