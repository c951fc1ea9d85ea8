using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Time.Testing;
using static CooperationBot.Bot.Tests.Digests.DigestTestBed;

namespace CooperationBot.Bot.Tests.Digests.Delivery;

/// <summary>Several instances on one store share the bot's send budget through their heartbeats.</summary>
public sealed class SendBudgetShareTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(50, 1, 50)]
    [InlineData(50, 2, 25)]
    [InlineData(10, 3, 3)]
    [InlineData(2, 5, 1)]
    [InlineData(7, 0, 7)]
    public void Share_BudgetOverLiveInstances_FloorAndAtLeastOne(int budget, int live, int expected)
    {
        Assert.Equal(expected, SendBudgetShare.Share(budget, live));
    }

    [Fact]
    public async Task DeliverDueAsync_SecondInstanceOnTheStore_EachKeepsToHalfTheBudget()
    {
        var clock = new SteppedClock(Start);
        await using var first = await StartAsync(new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 100 });
        await using var second = OnSameStore(first);

        await clock.RunToEndAsync(first.Dispatcher.DeliverDueAsync(default));
        Assert.Equal(100, first.Limiter.GlobalLimit);

        await clock.RunToEndAsync(second.Dispatcher.DeliverDueAsync(default));
        await clock.RunToEndAsync(first.Dispatcher.DeliverDueAsync(default));

        Assert.Equal((50, 50), (first.Limiter.GlobalLimit, second.Limiter.GlobalLimit));
    }

    [Fact]
    public async Task LeaveAsync_OneOfTwoStops_TheOtherTakesTheWholeBudgetOneWindowAfterItSawIt()
    {
        var clock = new SteppedClock(Start);
        await using var first = await StartAsync(new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 100 });
        await using var second = OnSameStore(first);
        await clock.RunToEndAsync(first.Dispatcher.DeliverDueAsync(default));
        await clock.RunToEndAsync(second.Dispatcher.DeliverDueAsync(default));

        await first.Dispatcher.LeaveAsync(default);
        await clock.RunToEndAsync(second.Dispatcher.DeliverDueAsync(default));

        // The first one's sends of the last second still count: the larger share waits for them to leave the window.
        Assert.Equal(50, second.Limiter.GlobalLimit);
        clock.AdvanceTo(clock.GetUtcNow() + ProactiveRateLimiter.GlobalWindow - TimeSpan.FromMilliseconds(1));
        await clock.RunToEndAsync(second.Dispatcher.DeliverDueAsync(default));
        Assert.Equal(50, second.Limiter.GlobalLimit);
        clock.AdvanceTo(clock.GetUtcNow() + TimeSpan.FromMilliseconds(1));
        await clock.RunToEndAsync(second.Dispatcher.DeliverDueAsync(default));
        Assert.Equal(100, second.Limiter.GlobalLimit);
    }

    [Fact]
    public async Task DeliverDueAsync_OtherInstanceSilentForTheLiveWindow_IsForgotten()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 100, HeartbeatSeconds = 2 });
        await bed.Dispatcher.DeliverDueAsync(default);
        await bed.Store.HeartbeatAsync("other-instance", clock.GetUtcNow(), TimeSpan.FromSeconds(15), default);

        // The live window is 15 s (three heartbeats of 2 s would be shorter).
        clock.Advance(TimeSpan.FromSeconds(14));
        await bed.Dispatcher.DeliverDueAsync(default);
        Assert.Equal(50, bed.Limiter.GlobalLimit);

        clock.Advance(TimeSpan.FromSeconds(2));
        await bed.Dispatcher.DeliverDueAsync(default);
        Assert.Equal(50, bed.Limiter.GlobalLimit); // Seen gone now; the whole budget one window later.
        clock.Advance(ProactiveRateLimiter.GlobalWindow);
        await bed.Dispatcher.DeliverDueAsync(default);
        Assert.Equal(100, bed.Limiter.GlobalLimit);
    }

    [Fact]
    public async Task DeliverDueAsync_JoiningAnotherLiveInstance_HoldsBackUntilItCountedThisOneThenOneWindow()
    {
        var clock = new SteppedClock(Start);
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 100, HeartbeatSeconds = 3 });
        var sentAt = await OneDueEntryAsync(bed, clock);
        await bed.Store.HeartbeatAsync("other-instance", clock.GetUtcNow(), TimeSpan.FromSeconds(15), default);

        var pass = bed.Dispatcher.DeliverDueAsync(default);

        // It polls (a tenth of a heartbeat) while the other one has not counted it.
        await WaitForTimerAsync(clock, Start.AddSeconds(0.3));
        Assert.Equal((0, 50), (bed.Connector.Deliveries, bed.Limiter.GlobalLimit));
        clock.AdvanceToNextTimer();
        await WaitForTimerAsync(clock, Start.AddSeconds(0.6));
        await bed.Store.HeartbeatAsync("other-instance", clock.GetUtcNow(), TimeSpan.FromSeconds(15), default);
        clock.AdvanceToNextTimer();

        // Counted at 0.6 s: one window more for the other one's last second of sends under its larger share.
        await WaitForTimerAsync(clock, Start.AddSeconds(1.6));
        Assert.Equal(0, bed.Connector.Deliveries);
        clock.AdvanceToNextTimer();
        var report = await pass;

        Assert.Equal(1, report.Sent);
        Assert.Equal([Start.AddSeconds(1.6)], sentAt);
    }

    [Fact]
    public async Task DeliverDueAsync_JoiningAnInstanceThatNeverCountsIt_SendsAfterTwoHeartbeatsAndOneWindow()
    {
        var clock = new SteppedClock(Start);
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 100, HeartbeatSeconds = 3 });
        var sentAt = await OneDueEntryAsync(bed, clock);
        await bed.Store.HeartbeatAsync("idle-instance", clock.GetUtcNow(), TimeSpan.FromSeconds(15), default);

        var report = await clock.RunToEndAsync(bed.Dispatcher.DeliverDueAsync(default));

        // The idle one beats before it sends again, so it lowers its share then.
        Assert.Equal(1, report.Sent);
        Assert.Equal([Start.AddSeconds(7)], sentAt);
        Assert.Equal(50, bed.Limiter.GlobalLimit);
    }

    [Fact]
    public async Task RunNowAsync_Finished_HandsItsShareBack()
    {
        await using var first = await StartAsync(new DigestTestBedSettings { MaxMessagesPerSecond = 100 });
        await using var second = OnSameStore(first);
        await first.SeedAsync(3);
        await second.Dispatcher.DeliverDueAsync(default);

        var report = await first.Runner.RunNowAsync(default);
        Assert.Equal(3, report.Delivery.Sent);
        Assert.Equal(50, first.Limiter.GlobalLimit);

        await second.Dispatcher.DeliverDueAsync(default);
        Assert.Equal(100, second.Limiter.GlobalLimit);
    }

    [Fact]
    public async Task StopAsync_Scheduler_HandsItsShareBack()
    {
        var clock = new SteppedClock(Start);
        await using var first = await StartAsync(new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 100 });
        await using var second = OnSameStore(first);
        var scheduler = new SchedulerDriver(first);
        await scheduler.StartAsync();

        // The scheduler sleeps until its next poll (30 s): the second instance's waits all end before it.
        await clock.RunToEndAsync(second.Dispatcher.DeliverDueAsync(default), otherTimers: 1);
        Assert.Equal(50, second.Limiter.GlobalLimit);

        await scheduler.StopAsync();
        await clock.RunToEndAsync(second.Dispatcher.DeliverDueAsync(default));
        Assert.Equal(50, second.Limiter.GlobalLimit);
        clock.AdvanceTo(clock.GetUtcNow() + ProactiveRateLimiter.GlobalWindow);
        await clock.RunToEndAsync(second.Dispatcher.DeliverDueAsync(default));

        Assert.Equal(100, second.Limiter.GlobalLimit);
    }

    /// <summary>One subscriber with a digest due now; returns the fake times at which the connector receives digests.</summary>
    private static async Task<List<DateTimeOffset>> OneDueEntryAsync(DigestTestBed bed, SteppedClock clock)
    {
        await bed.SeedAsync(1);
        await bed.EnqueueAsync(0, DateOnly.FromDateTime(Start.UtcDateTime));
        var sentAt = new List<DateTimeOffset>();
        bed.Connector.OnDelivered = _ =>
        {
            sentAt.Add(clock.GetUtcNow());
            return Task.CompletedTask;
        };
        return sentAt;
    }

    private static Task WaitForTimerAsync(SteppedClock clock, DateTimeOffset dueAt) =>
        clock.WaitUntilAsync(() => clock.WaitingTimers == 1 && clock.NextDue == dueAt, $"a timer due at {dueAt:O}");
}
