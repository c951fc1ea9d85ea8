namespace CooperationBot.Host.Configuration;

/// <summary>
/// The Application Insights connection string, from the <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> setting. It holds
/// the instrumentation key, so it is checked here without any of it ever being repeated in a message.
/// </summary>
public static class AzureMonitorConnectionString
{
    /// <summary>The setting (an environment variable of that name maps to it).</summary>
    public const string Variable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    private const string InstrumentationKey = "InstrumentationKey";
    private const string NoInstrumentationKey = "it has no InstrumentationKey";

    /// <summary>The exporter refuses longer strings.</summary>
    private const int MaxLength = 4096;

    /// <summary>The configured connection string, or null when none is (then nothing is exported to Azure Monitor).</summary>
    public static string? Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Variable];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>
    /// What is wrong with <paramref name="text"/>, in words that repeat none of it; null when the exporter can use it:
    /// <c>Key=Value</c> pairs separated by <c>;</c>, each key once, an <c>InstrumentationKey</c>, and an
    /// <c>IngestionEndpoint</c> (when given) that is an absolute http or https URL.
    /// </summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            return $"it is longer than {MaxLength} characters";
        }

        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var segments = text.Split(';');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0 && i == segments.Length - 1 && segments[i].Length == 0)
            {
                break; // One ';' may end the string.
            }

            var equals = segments[i].IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? string.Empty : segments[i][..equals].Trim();
            var value = equals < 0 ? string.Empty : segments[i][(equals + 1)..].Trim();
            if (value.Length == 0 && string.Equals(key, InstrumentationKey, StringComparison.OrdinalIgnoreCase))
            {
                return NoInstrumentationKey;
            }

            if (key.Length == 0 || value.Length == 0)
            {
                return "it is not a list of Key=Value pairs separated by ';' (each with a key and a value)";
            }

            if (!settings.TryAdd(key, value))
            {
                return "a key appears in it more than once";
            }
        }

        if (!settings.ContainsKey(InstrumentationKey))
        {
            return NoInstrumentationKey;
        }

        if (settings.TryGetValue("IngestionEndpoint", out var endpoint) && TelemetryEndpoint.Parse(endpoint) is null)
        {
            return "its IngestionEndpoint is not an absolute http or https URL";
        }

        return null;
    }
}
