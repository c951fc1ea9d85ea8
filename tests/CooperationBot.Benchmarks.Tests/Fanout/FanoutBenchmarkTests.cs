using CooperationBot.Benchmarks.Fanout;

namespace CooperationBot.Benchmarks.Tests.Fanout;

/// <summary>
/// The fan-out benchmark with small numbers: the real digest run against the loopback connector with 5% 429s must
/// deliver every digest exactly once. No timing asserts (the figures are for docs/benchmarks.md).
/// </summary>
public sealed class FanoutBenchmarkTests
{
    [Fact]
    public async Task RunAsync_TwoHundredSubscribersWithThrottling_EveryDigestDeliveredOnce()
    {
        var settings = new FanoutSettings { Subscribers = 200, Rate = 1_000, Throttle = 0.05, RetryAfterSeconds = 1, Concurrency = 16, KnowledgeItems = 100 };

        var result = await FanoutBenchmark.RunAsync(settings, seed: 1, CancellationToken.None);

        Assert.Equal(0, result.Duplicates);
        Assert.Equal(0, result.Losses);
        Assert.Equal(0, result.NotSent);
        Assert.Equal(200, result.Deliveries);
        Assert.True(result.Throttled > 0, "the connector throttled no request: the run did not test retries");
        Assert.Equal(result.Deliveries + result.Throttled, result.Requests);
    }
}
