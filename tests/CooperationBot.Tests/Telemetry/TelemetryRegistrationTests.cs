using System.Globalization;
using CooperationBot.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CooperationBot.Tests.Telemetry;

/// <summary>
/// OpenTelemetry is registered only when an OTLP endpoint or an Application Insights connection string is configured,
/// and a bad one stops start-up plainly.
/// </summary>
public sealed class TelemetryRegistrationTests
{
    private const string InstrumentationKey = "5f0e2d8c-3b1a-4c6e-9d7f-0a1b2c3d4e5f";

    private static (WebApplication App, IServiceCollection Services) Build(Dictionary<string, string?> settings)
    {
        IServiceCollection? registered = null;
        var store = Path.Combine(Path.GetTempPath(), $"cooperationbot-test-{Guid.NewGuid():N}.db");
        var app = BotHost.Build(
            ["--environment", "Development"],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
            {
                ["ConnectionStrings:Store"] = $"Data Source={store};Pooling=False",
            }),
            services => registered = services);
        return (app, registered!);
    }

    private static bool IsOpenTelemetry(ServiceDescriptor descriptor) =>
        new[] { descriptor.ServiceType, descriptor.ImplementationType, descriptor.ImplementationInstance?.GetType() }
            .Any(type => type?.Assembly.GetName().Name?.StartsWith("OpenTelemetry", StringComparison.Ordinal) == true);

    [Fact]
    public async Task Build_NoEndpointConfigured_RegistersNothingOfOpenTelemetry()
    {
        // The standard variables are blanked, so a machine that sets them cannot change the outcome.
        var (app, services) = Build(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "", ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "" });
        await using var _ = app;

        Assert.DoesNotContain(services, IsOpenTelemetry);
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.Null(app.Services.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData("OpenTelemetry:OtlpEndpoint")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public async Task Build_EndpointConfigured_RegistersMeterAndTracerProviders(string key)
    {
        var (app, services) = Build(new() { [key] = "http://127.0.0.1:4318" });
        await using var _ = app;

        Assert.Contains(services, IsOpenTelemetry);
        Assert.NotNull(app.Services.GetService<MeterProvider>());
        Assert.NotNull(app.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Build_ConnectionStringConfigured_RegistersMeterAndTracerProviders()
    {
        var (app, services) = Build(new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "",
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = $"InstrumentationKey={InstrumentationKey};IngestionEndpoint=http://127.0.0.1:9/",
        });
        await using var _ = app;

        Assert.Contains(services, IsOpenTelemetry);
        Assert.NotNull(app.Services.GetService<MeterProvider>());
        Assert.NotNull(app.Services.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData("IngestionEndpoint=http://127.0.0.1:9/", "no InstrumentationKey")]
    [InlineData("InstrumentationKey={0};IngestionEndpoint=dc.example.net", "IngestionEndpoint is not an absolute http or https URL")]
    [InlineData("InstrumentationKey={0};IngestionEndpoint=ftp://127.0.0.1/", "IngestionEndpoint is not an absolute http or https URL")]
    [InlineData("{0}", "not a list of Key=Value pairs")]
    public async Task TryValidateConfiguration_MalformedConnectionString_ReportsItWithoutRepeatingIt(string format, string expected)
    {
        var connectionString = string.Format(CultureInfo.InvariantCulture, format, InstrumentationKey);
        var (app, _) = Build(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "", ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = connectionString });
        await using var _ = app;
        using var error = new StringWriter();

        var valid = BotHost.TryValidateConfiguration(app, error);

        Assert.False(valid);
        Assert.StartsWith("CooperationBot cannot start: the configuration is not valid.", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING is not a valid Application Insights connection string: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(connectionString, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(InstrumentationKey, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("OpenTelemetry:OtlpEndpoint", "not a url", "OtlpEndpoint")]
    [InlineData("OpenTelemetry:OtlpEndpoint", "ftp://collector:4318", "OtlpEndpoint")]
    [InlineData("OpenTelemetry:Protocol", "udp", "Protocol")]
    public async Task TryValidateConfiguration_BadTelemetrySetting_ReportsConfigurationNotValid(string key, string value, string named)
    {
        var (app, _) = Build(new() { ["OpenTelemetry:OtlpEndpoint"] = "http://127.0.0.1:4318", [key] = value });
        await using var _ = app;
        using var error = new StringWriter();

        var valid = BotHost.TryValidateConfiguration(app, error);

        Assert.False(valid);
        Assert.StartsWith("CooperationBot cannot start: the configuration is not valid.", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }
}
