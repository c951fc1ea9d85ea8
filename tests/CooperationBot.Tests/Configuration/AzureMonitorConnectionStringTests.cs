using CooperationBot.Host.Configuration;

namespace CooperationBot.Tests.Configuration;

public class AzureMonitorConnectionStringTests
{
    private const string Key = "5f0e2d8c-3b1a-4c6e-9d7f-0a1b2c3d4e5f";

    [Theory]
    [InlineData("InstrumentationKey=" + Key)]
    [InlineData("InstrumentationKey=" + Key + ";")]
    [InlineData(" instrumentationkey = " + Key + " ; IngestionEndpoint = https://westeurope-5.in.applicationinsights.azure.com/ ")]
    [InlineData("InstrumentationKey=" + Key + ";IngestionEndpoint=http://127.0.0.1:8080/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/;ApplicationId=abc")]
    public void Problem_WellFormed_IsNone(string connectionString)
    {
        Assert.Null(AzureMonitorConnectionString.Problem(connectionString));
    }

    [Theory]
    [InlineData("IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/", "it has no InstrumentationKey")]
    [InlineData("InstrumentationKey= ;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/", "it has no InstrumentationKey")]
    [InlineData("InstrumentationKey=" + Key + ";ApplicationId=", "not a list of Key=Value pairs")]
    [InlineData(Key, "not a list of Key=Value pairs")]
    [InlineData("InstrumentationKey=" + Key + ";;IngestionEndpoint=https://dc.example.net/", "not a list of Key=Value pairs")]
    [InlineData(";InstrumentationKey=" + Key, "not a list of Key=Value pairs")]
    [InlineData("=" + Key, "not a list of Key=Value pairs")]
    [InlineData("InstrumentationKey=" + Key + ";instrumentationKey=" + Key, "a key appears in it more than once")]
    [InlineData("InstrumentationKey=" + Key + ";IngestionEndpoint=westeurope-5.in.applicationinsights.azure.com", "IngestionEndpoint is not an absolute http or https URL")]
    [InlineData("InstrumentationKey=" + Key + ";IngestionEndpoint=/v2.1/track", "IngestionEndpoint is not an absolute http or https URL")]
    [InlineData("InstrumentationKey=" + Key + ";IngestionEndpoint=ftp://dc.example.net/", "IngestionEndpoint is not an absolute http or https URL")]
    public void Problem_Malformed_SaysWhatWithoutRepeatingIt(string connectionString, string expected)
    {
        var problem = AzureMonitorConnectionString.Problem(connectionString);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, problem, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.net", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_TooLong_SaysSo()
    {
        var problem = AzureMonitorConnectionString.Problem($"InstrumentationKey={Key};ApplicationId={new string('a', 4096)}");

        Assert.Equal("it is longer than 4096 characters", problem);
    }

    [Fact]
    public void Validate_MalformedConnectionString_FailsNamingTheSettingButNotItsValue()
    {
        var options = new OpenTelemetryOptions { ApplicationInsightsConnectionString = $"InstrumentationKey={Key};IngestionEndpoint=not a url" };

        var result = new OpenTelemetryOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING is not a valid Application Insights connection string", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, result.FailureMessage, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("not a url", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WellFormedConnectionString_Succeeds()
    {
        var options = new OpenTelemetryOptions { ApplicationInsightsConnectionString = $"InstrumentationKey={Key};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" };

        Assert.True(new OpenTelemetryOptionsValidator().Validate(null, options).Succeeded);
    }
}
