using CooperationBot.Bot.Digests.Delivery;
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
        await using var first = await StartAsync(new DigestTestBedSettings { MaxMessagesPerSecond = 100 });
        await using var second = OnSameStore(first);

        await first.Dispatcher.DeliverDueAsync(default);
        Assert.Equal(100, first.Limiter.GlobalLimit);

        await second.Dispatcher.DeliverDueAsync(default);
        await first.Dispatcher.DeliverDueAsync(default);

        Assert.Equal((50, 50), (first.Limiter.GlobalLimit, second.Limiter.GlobalLimit));
    }

    [Fact]
    public async Task LeaveAsync_OneOfTwoStops_TheOtherTakesTheWholeBudgetAtItsNextPass()
    {
        await using var first = await StartAsync(new DigestTestBedSettings { MaxMessagesPerSecond = 100 });
        await using var second = OnSameStore(first);
        await first.Dispatcher.DeliverDueAsync(default);
        await second.Dispatcher.DeliverDueAsync(default);

        await first.Dispatcher.LeaveAsync(default);
        await second.Dispatcher.DeliverDueAsync(default);

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
        Assert.Equal(100, bed.Limiter.GlobalLimit);
    }

    [Fact]
    public async Task DeliverDueAsync_JoiningAnotherLiveInstance_HoldsBackOneHeartbeatBeforeSending()
    {
        var clock = new SteppedClock(Start);
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 100, HeartbeatSeconds = 3 });
        await bed.SeedAsync(1);
        await bed.EnqueueAsync(0, DateOnly.FromDateTime(Start.UtcDateTime));
        await bed.Store.HeartbeatAsync("other-instance", clock.GetUtcNow(), TimeSpan.FromSeconds(15), default);
        var sentAt = new List<DateTimeOffset>();
        bed.Connector.OnDelivered = _ =>
        {
            sentAt.Add(clock.GetUtcNow());
            return Task.CompletedTask;
        };

        var pass = bed.Dispatcher.DeliverDueAsync(default);
        await clock.WaitUntilAsync(() => clock.WaitingTimers == 1, "the join wait");
        Assert.Equal((0, 50), (bed.Connector.Deliveries, bed.Limiter.GlobalLimit));
        Assert.Equal(Start.AddSeconds(3), clock.NextDue);
        clock.AdvanceToNextTimer();
        var report = await pass;

        Assert.Equal(1, report.Sent);
        Assert.Equal([Start.AddSeconds(3)], sentAt);
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
        await using var first = await StartAsync(new DigestTestBedSettings { MaxMessagesPerSecond = 100 });
        await using var second = OnSameStore(first);
        var scheduler = first.Scheduler;
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.RunCompleted += (_, _) => ran.TrySetResult();
        await scheduler.StartAsync(default);
        await ran.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await second.Dispatcher.DeliverDueAsync(default);
        Assert.Equal(50, second.Limiter.GlobalLimit);

        await scheduler.StopAsync(default);
        await second.Dispatcher.DeliverDueAsync(default);

        Assert.Equal(100, second.Limiter.GlobalLimit);
    }
}
