using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Protocol.Tests.Proactive;

public class ProactiveRateLimiterTests
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 12, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Options_Defaults_TeamsLimits()
    {
        var options = new ProactiveRateLimitOptions();

        Assert.Equal((7, 60, 50), (options.PerConversationPerSecond, options.PerConversationPer30Seconds, options.GlobalPerSecond));
    }

    [Fact]
    public void Constructor_LimitBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProactiveRateLimiter(new() { GlobalPerSecond = 0 }, _time));
    }

    [Fact]
    public void TryAcquire_EighthInOneSecond_WaitsUntilFirstLeavesWindow()
    {
        var limiter = new ProactiveRateLimiter(new(), _time);
        Assert.True(limiter.TryAcquire("a:1", out _));
        for (var i = 0; i < 6; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            Assert.True(limiter.TryAcquire("a:1", out _));
        }

        Assert.False(limiter.TryAcquire("a:1", out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(400), retryAfter);

        _time.Advance(TimeSpan.FromMilliseconds(399));
        Assert.False(limiter.TryAcquire("a:1", out retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(1), retryAfter);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(limiter.TryAcquire("a:1", out retryAfter));
        Assert.Equal(TimeSpan.Zero, retryAfter);
    }

    [Fact]
    public void TryAcquire_BusyConversation_OtherConversationStillAllowed()
    {
        var limiter = new ProactiveRateLimiter(new(), _time);
        for (var i = 0; i < 7; i++)
        {
            limiter.TryAcquire("a:1", out _);
        }

        Assert.False(limiter.TryAcquire("a:1", out _));
        Assert.True(limiter.TryAcquire("a:2", out _));
    }

    [Fact]
    public void TryAcquire_SixtyIn30Seconds_SixtyFirstWaitsForFirstSecond()
    {
        var limiter = new ProactiveRateLimiter(new(), _time);
        var sent = 0;
        for (var second = 0; second < 9; second++)
        {
            _time.Advance(second == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(1));
            while (limiter.TryAcquire("a:1", out _))
            {
                sent++;
            }
        }

        Assert.Equal(60, sent);
        Assert.False(limiter.TryAcquire("a:1", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(22), retryAfter);

        _time.Advance(retryAfter);
        Assert.True(limiter.TryAcquire("a:1", out _));
    }

    [Fact]
    public void TryAcquire_HundredConversationsAtOnce_FiftyPerSecond()
    {
        var limiter = new ProactiveRateLimiter(new(), _time);
        var conversations = Enumerable.Range(0, 100).Select(i => $"a:{i}").ToList();

        var firstSecond = conversations.Count(c => limiter.TryAcquire(c, out _));
        Assert.False(limiter.TryAcquire("a:late", out var retryAfter));
        _time.Advance(retryAfter);
        var nextSecond = conversations.Count(c => limiter.TryAcquire(c, out _));

        Assert.Equal(50, firstSecond);
        Assert.Equal(TimeSpan.FromSeconds(1), retryAfter);
        Assert.Equal(50, nextSecond);
    }

    [Fact]
    public void TryAcquire_ManyThreadsAtOneInstant_NoLimitExceeded()
    {
        var limiter = new ProactiveRateLimiter(new() { GlobalPerSecond = 500 }, _time);
        var granted = new int[100];

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (limiter.TryAcquire($"a:{i % 100}", out _))
            {
                Interlocked.Increment(ref granted[i % 100]);
            }
        });

        Assert.Equal(500, granted.Sum());
        Assert.All(granted, count => Assert.InRange(count, 0, 7));
    }

    [Fact]
    public async Task AcquireAsync_Blocked_CompletesWhenClockAdvances()
    {
        var limiter = new ProactiveRateLimiter(new() { PerConversationPerSecond = 1 }, _time);
        await limiter.AcquireAsync("a:1");

        await AssertWaitsAsync(limiter.AcquireAsync("a:1"), TimeSpan.FromSeconds(1));
        Assert.False(limiter.TryAcquire("a:1", out _));
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_Throws()
    {
        var limiter = new ProactiveRateLimiter(new() { PerConversationPerSecond = 1 }, _time);
        limiter.TryAcquire("a:1", out _);
        using var cancellation = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync("a:1", cancellation.Token).AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(WaitLimit));
    }

    [Fact]
    public async Task Pause_AfterThrottling_DelaysEveryone()
    {
        var limiter = new ProactiveRateLimiter(new(), _time);
        limiter.Pause(TimeSpan.FromSeconds(5));

        Assert.False(limiter.TryAcquire("a:never-sent", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(5), retryAfter);
        await AssertWaitsAsync(limiter.AcquireAsync("a:2"), TimeSpan.FromSeconds(5));
        Assert.True(limiter.TryAcquire("a:never-sent", out _));
    }

    [Fact]
    public void Pause_ShorterAfterLonger_KeepsLonger()
    {
        var limiter = new ProactiveRateLimiter(new(), _time);
        limiter.Pause(TimeSpan.FromSeconds(10));
        limiter.Pause(TimeSpan.FromSeconds(2));

        Assert.False(limiter.TryAcquire("a:1", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(10), retryAfter);
    }

    [Fact]
    public void TryAcquire_ConversationsIdleFor30Seconds_Forgotten()
    {
        var limiter = new ProactiveRateLimiter(new() { GlobalPerSecond = 1000 }, _time);
        _time.Advance(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 100; i++)
        {
            limiter.TryAcquire($"a:{i}", out _);
        }

        _time.Advance(TimeSpan.FromSeconds(10));
        limiter.TryAcquire("a:fresh", out _);
        Assert.Equal(101, limiter.TrackedConversations);

        _time.Advance(TimeSpan.FromSeconds(21));
        limiter.TryAcquire("a:other", out _);
        Assert.Equal(2, limiter.TrackedConversations);
    }

    /// <summary>Asserts that <paramref name="acquiring"/> is still waiting a millisecond before <paramref name="wait"/> has passed on the fake clock, and done at it.</summary>
    private async Task AssertWaitsAsync(ValueTask acquiring, TimeSpan wait)
    {
        var waiting = acquiring.AsTask();
        _time.Advance(wait - TimeSpan.FromMilliseconds(1));
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await waiting.WaitAsync(WaitLimit);
    }
}
