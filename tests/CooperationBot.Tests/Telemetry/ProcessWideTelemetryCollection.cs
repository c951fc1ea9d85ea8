namespace CooperationBot.Tests.Telemetry;

/// <summary>
/// Tests of an OpenTelemetry MeterProvider in the test process. It listens to every meter of a name, so the other
/// hosts' meters (created and disposed by parallel tests) would feed and end its metric streams: these tests run alone,
/// after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideTelemetryCollection
{
    public const string Name = "Process-wide telemetry";
}
