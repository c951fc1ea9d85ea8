using Microsoft.Extensions.Options;

namespace CooperationBot.Host.Configuration;

/// <summary>Checks the <c>OpenTelemetry</c> section at start-up, with messages an operator can act on.</summary>
public sealed class OpenTelemetryOptionsValidator : IValidateOptions<OpenTelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenTelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint) && TelemetryEndpoint.Parse(options.OtlpEndpoint) is null)
        {
            failures.Add($"OpenTelemetry:OtlpEndpoint (or {OpenTelemetryOptions.EndpointVariable}) must be an absolute http or https URL, e.g. http://otel-collector:4318.");
        }

        if (options.ApplicationInsightsConnectionString is { } connectionString && AzureMonitorConnectionString.Problem(connectionString) is { } problem)
        {
            failures.Add($"{AzureMonitorConnectionString.Variable} is not a valid Application Insights connection string: {problem}. Copy it from the Application Insights resource's overview page.");
        }

        if (options.Protocol is not null and not OpenTelemetryOptions.Grpc and not OpenTelemetryOptions.HttpProtobuf)
        {
            failures.Add($"OpenTelemetry:Protocol must be {OpenTelemetryOptions.Grpc} or {OpenTelemetryOptions.HttpProtobuf} (was '{options.Protocol}').");
        }

        if (options.ExportIntervalMilliseconds is < 100 or > 3_600_000)
        {
            failures.Add("OpenTelemetry:ExportIntervalMilliseconds must be between 100 and 3600000.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add("OpenTelemetry:ServiceName must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
