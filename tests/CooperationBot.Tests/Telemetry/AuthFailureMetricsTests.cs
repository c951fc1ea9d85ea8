using System.Diagnostics.Metrics;
using CooperationBot.Protocol.Telemetry;
using CooperationBot.Tests.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CooperationBot.Tests.Telemetry;

/// <summary>Refused channel requests are counted by reason class, never with token content.</summary>
public sealed class AuthFailureMetricsTests
{
    [Fact]
    public async Task Post_MissingHeaderAndWrongAudience_CountedByReasonClass()
    {
        await using var bot = await SecureBot.StartAsync();
        using var failures = new MetricCollector<long>(
            bot.Host.Services.GetRequiredService<IMeterFactory>(), ProtocolMetrics.MeterName, ProtocolMetrics.AuthFailures);
        var wrongAudience = bot.Header(token => token.Audience = "someone-else");

        await bot.AssertRejectedAsync(bot.Message(id: "m1"), authorization: null);
        await bot.AssertRejectedAsync(bot.Message(id: "m2"), wrongAudience);

        Assert.Equal(
            ["missing_header", "audience"],
            failures.GetMeasurementSnapshot().Select(m => (string?)m.Tags[ProtocolMetrics.ReasonTag]));
        Assert.All(failures.GetMeasurementSnapshot(), m => Assert.Single(m.Tags));
    }

    [Fact]
    public async Task Post_ValidToken_CountsNoFailure()
    {
        await using var bot = await SecureBot.StartAsync();
        using var failures = new MetricCollector<long>(
            bot.Host.Services.GetRequiredService<IMeterFactory>(), ProtocolMetrics.MeterName, ProtocolMetrics.AuthFailures);

        await bot.AssertAcceptedAsync(bot.Message(id: "m1"), bot.Header());

        Assert.Empty(failures.GetMeasurementSnapshot());
    }
}
