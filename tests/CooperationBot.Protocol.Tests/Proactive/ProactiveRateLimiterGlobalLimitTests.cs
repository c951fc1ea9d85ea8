using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Protocol.Tests.Proactive;

/// <summary>The global limit changed at run time (an instance's share of a budget shared by several instances).</summary>
public class ProactiveRateLimiterGlobalLimitTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 12, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void SetGlobalLimit_BelowOne_Throws()
    {
        var limiter = new ProactiveRateLimiter(new(), _time);

        Assert.Throws<ArgumentOutOfRangeException>(() => limiter.SetGlobalLimit(0));
        Assert.Equal(50, limiter.GlobalLimit);
    }

    [Fact]
    public void SetGlobalLimit_Lowered_SendsAlreadyMadeCountAgainstTheNewLimit()
    {
        var limiter = new ProactiveRateLimiter(new() { GlobalPerSecond = 50 }, _time);
        Assert.Equal(10, AcquireAll(limiter, 10));
        _time.Advance(TimeSpan.FromMilliseconds(200));

        limiter.SetGlobalLimit(5);

        Assert.Equal(5, limiter.GlobalLimit);
        Assert.False(limiter.TryAcquire("a:next", out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(800), retryAfter);
        _time.Advance(retryAfter);
        Assert.Equal(5, AcquireAll(limiter, 100, "b"));
    }

    [Fact]
    public void SetGlobalLimit_Raised_MoreSendsInTheSameSecond()
    {
        var limiter = new ProactiveRateLimiter(new() { GlobalPerSecond = 5 }, _time);
        Assert.Equal(5, AcquireAll(limiter, 100));

        limiter.SetGlobalLimit(40);

        // The five earlier sends are remembered beyond the old capacity: 35 more, not 40.
        Assert.Equal(35, AcquireAll(limiter, 100, "b"));
        Assert.False(limiter.TryAcquire("c:1", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(1), retryAfter);
    }

    [Fact]
    public void SetGlobalLimit_RaisedAfterWrapping_OldestSendLeavesTheWindowFirst()
    {
        var limiter = new ProactiveRateLimiter(new() { GlobalPerSecond = 3 }, _time);
        for (var second = 0; second < 4; second++)
        {
            _time.Advance(second == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(1));
            Assert.Equal(3, AcquireAll(limiter, 10, $"r{second}"));
        }

        // Three sends at 3.0 s (the ring buffer of three has wrapped), then at 3.5 s three more under the raised limit of 6.
        _time.Advance(TimeSpan.FromMilliseconds(500));
        limiter.SetGlobalLimit(6);
        Assert.Equal(3, AcquireAll(limiter, 10, "late"));
        Assert.False(limiter.TryAcquire("x", out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(500), retryAfter);
    }

    [Fact]
    public async Task SetGlobalLimit_ChangedWhileManyThreadsAcquire_NeverMoreThanTheLargestLimit()
    {
        var limiter = new ProactiveRateLimiter(new() { GlobalPerSecond = 10, PerConversationPerSecond = 1_000 }, _time);
        var granted = 0;
        var acquirers = Enumerable.Range(0, 4).Select(n => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                if (limiter.TryAcquire($"c{n}-{i}", out _))
                {
                    Interlocked.Increment(ref granted);
                }
            }
        }));
        var changer = Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                limiter.SetGlobalLimit(10 + (i % 91));
            }
        });
        await Task.WhenAll([.. acquirers, changer]);

        Assert.InRange(granted, 10, 100);

        // The clock never moved: under a limit of 100 exactly 100 sends fit into this instant, whatever happened above.
        limiter.SetGlobalLimit(100);
        Assert.Equal(100 - granted, AcquireAll(limiter, 1_000, "after"));
    }

    /// <summary>Acquires for up to <paramref name="max"/> distinct conversations at this instant; returns how many were granted.</summary>
    private static int AcquireAll(ProactiveRateLimiter limiter, int max, string prefix = "a")
    {
        var count = 0;
        while (count < max && limiter.TryAcquire($"{prefix}:{count}", out _))
        {
            count++;
        }

        return count;
    }
}
