namespace CooperationBot.Host.Configuration;

/// <summary>Reads the OTLP endpoint from configuration: the <c>OpenTelemetry</c> section first, then the standard variable.</summary>
public static class TelemetryEndpoint
{
    /// <summary>The configured endpoint text, or null when none is configured (then OpenTelemetry stays off).</summary>
    public static string? Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[$"{OpenTelemetryOptions.SectionName}:{nameof(OpenTelemetryOptions.OtlpEndpoint)}"];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration[OpenTelemetryOptions.EndpointVariable];
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The endpoint as an absolute http or https URL, or null when it is not one.</summary>
    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}
