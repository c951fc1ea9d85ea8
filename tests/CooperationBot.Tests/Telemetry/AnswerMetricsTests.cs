using System.Diagnostics.Metrics;
using System.Net;
using CooperationBot.Bot.Telemetry;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CooperationBot.Tests.Telemetry;

/// <summary>Questions through the real host are counted by outcome and language, with their latency.</summary>
public sealed class AnswerMetricsTests
{
    [Fact]
    public async Task Post_AnsweredPartlyKnownAndNotFoundQuestions_CountedWithOutcomeAndLanguage()
    {
        await using var host = await BotTestHost.StartAsync();
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var answers = new MetricCollector<long>(meters, BotMetrics.MeterName, BotMetrics.Answers);
        using var durations = new MetricCollector<double>(meters, BotMetrics.MeterName, BotMetrics.AnswerDuration);

        await AskAsync(host, "Hoeveel Marokkanen zijn teruggekeerd?");
        await AskAsync(host, "How many Moroccan women have returned?");
        await AskAsync(host, "Who won the football world cup?");

        var counted = answers.GetMeasurementSnapshot();
        Assert.Collection(
            counted,
            answered =>
            {
                Assert.Equal(1, answered.Value);
                Assert.Equal(BotMetrics.Answered, answered.Tags[BotMetrics.OutcomeTag]);
                Assert.Equal("nl", answered.Tags[BotMetrics.LanguageTag]);
            },
            partly =>
            {
                Assert.Equal(BotMetrics.Partly, partly.Tags[BotMetrics.OutcomeTag]);
                Assert.Equal("en", partly.Tags[BotMetrics.LanguageTag]);
            },
            notFound =>
            {
                Assert.Equal(BotMetrics.NotFound, notFound.Tags[BotMetrics.OutcomeTag]);
                Assert.Equal("en", notFound.Tags[BotMetrics.LanguageTag]);
            });
        var latencies = durations.GetMeasurementSnapshot();
        Assert.Equal(3, latencies.Count);
        Assert.All(latencies, latency => Assert.InRange(latency.Value, 0, 30));
    }

    private static async Task AskAsync(BotTestHost host, string question)
    {
        using var response = await host.PostActivityAsync(Activities.Message(question));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
