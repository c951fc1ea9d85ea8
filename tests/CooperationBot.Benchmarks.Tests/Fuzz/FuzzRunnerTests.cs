using CooperationBot.Benchmarks.Fuzz;

namespace CooperationBot.Benchmarks.Tests.Fuzz;

/// <summary>
/// The fuzz command in CI: 1,000 generated requests with a fixed seed against the real bot process must get no 5xx,
/// no handler failure, no unanswered request and no crash, every class must be sent, and memory must stay bounded.
/// </summary>
public sealed class FuzzRunnerTests
{
    [Fact]
    public async Task RunAsync_ThousandRequestsFixedSeed_NoBreachAndEveryClassSent()
    {
        var settings = new FuzzSettings { Requests = 1_000, Seed = 8 };

        var result = await FuzzRunner.RunAsync(settings, CancellationToken.None);

        Assert.True(result.Breaches.Count == 0, result.ToMarkdown() + string.Join('\n', result.Failures));
        Assert.Equal(1_000, result.Sent);
        Assert.Equal(FuzzInputs.Classes.Order(), result.Statuses.Keys.Order());
        Assert.InRange(result.PeakRss ?? 0, 1, settings.PeakRssBoundMegabytes);
    }
}
