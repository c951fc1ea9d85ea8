using System.Collections.Concurrent;
using CooperationBot.Bot.Digests;
using CooperationBot.Testing.Connector;
using static CooperationBot.Bot.Tests.Digests.DigestTestBed;

namespace CooperationBot.Bot.Tests.Digests.Delivery;

/// <summary>
/// The rate limits as the connector sees them, on a stepped fake clock: time moves only when every sender waits on the
/// limiter, so each delivery is stamped with the instant its send was allowed.
/// </summary>
public sealed class DigestDispatcherRateLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Date = new(2026, 3, 2);

    [Fact]
    public async Task DeliverDueAsync_GlobalLimitOf20_ConnectorNeverSeesMoreThan20InAnySecond()
    {
        var clock = new SteppedClock(Start);
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 20, MaxConcurrentSends = 4 });
        await bed.SeedAsync(70);
        for (var index = 0; index < 70; index++)
        {
            await bed.EnqueueAsync(index, Date);
        }

        var sends = RecordSendTimes(bed, clock);
        var report = await DeliverStepByStepAsync(bed, clock, 70);

        Assert.Equal((70, 70, 0), (report.Sent, bed.Connector.DistinctKeys, bed.Connector.DuplicateKeys));
        var times = sends.Select(s => s.At).ToList();
        Assert.Equal(20, SendTimes.MaxInWindow(times, TimeSpan.FromSeconds(1)));
        Assert.InRange(times.Max() - times.Min(), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task DeliverDueAsync_SeventyDigestsForOneChat_SevenPerSecondAndSixtyPerThirtySeconds()
    {
        var clock = new SteppedClock(Start);
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, MaxConcurrentSends = 4 });
        await bed.SeedAsync(1);
        for (var day = 0; day < 70; day++)
        {
            await bed.EnqueueAsync(0, Date.AddDays(day));
        }

        var sends = RecordSendTimes(bed, clock);
        var report = await DeliverStepByStepAsync(bed, clock, 70);

        Assert.Equal((70, 0), (report.Sent, bed.Connector.DuplicateKeys));
        Assert.All(sends, send => Assert.Equal(ChatId(0), send.ConversationId));
        var times = sends.Select(s => s.At).ToList();
        Assert.Equal(7, SendTimes.MaxInWindow(times, TimeSpan.FromSeconds(1)));
        Assert.Equal(60, SendTimes.MaxInWindow(times, TimeSpan.FromSeconds(30)));
        Assert.True(times.Max() - times.Min() >= TimeSpan.FromSeconds(30), "the 61st message must wait for the 30-second window");
    }

    [Fact]
    public async Task DeliverDueAsync_AnotherInstanceLive_HalfTheBudgetUntilItsHeartbeatIsTooOld()
    {
        var clock = new SteppedClock(Start);
        var settings = new DigestTestBedSettings { Time = clock, MaxMessagesPerSecond = 20, MaxConcurrentSends = 4, HeartbeatSeconds = 1 };
        await using var bed = await StartAsync(settings);
        await using (var other = OnSameStore(bed))
        {
            // The other instance delivers (nothing) once at the start and is then silent: forgotten after 15 s.
            await other.Dispatcher.DeliverDueAsync(default);
        }

        await bed.SeedAsync(250);
        for (var index = 0; index < 250; index++)
        {
            await bed.EnqueueAsync(index, Date);
        }

        var sends = RecordSendTimes(bed, clock);
        var report = await DeliverStepByStepAsync(bed, clock, 250);

        Assert.Equal((250, 0), (report.Sent, bed.Connector.DuplicateKeys));
        var times = sends.Select(s => s.At).ToList();
        // It joined a live instance that never counted it (silent): two heartbeats' wait, then one window.
        Assert.Equal(Start.AddSeconds(3), times.Min());
        Assert.Equal(10, SendTimes.MaxInWindow(times.Where(t => t < Start.AddSeconds(15)), TimeSpan.FromSeconds(1)));
        Assert.Equal(20, SendTimes.MaxInWindow(times.Where(t => t >= Start.AddSeconds(17)), TimeSpan.FromSeconds(1)));
        Assert.Equal(20, SendTimes.MaxInWindow(times, TimeSpan.FromSeconds(1)));
    }

    /// <summary>Stamps each delivery with the fake time and wakes the stepping loop.</summary>
    private static ConcurrentQueue<(DateTimeOffset At, string ConversationId)> RecordSendTimes(DigestTestBed bed, SteppedClock clock)
    {
        var sends = new ConcurrentQueue<(DateTimeOffset, string)>();
        bed.Connector.OnDelivered = delivery =>
        {
            sends.Enqueue((clock.GetUtcNow(), delivery.ConversationId));
            clock.Signal();
            return Task.CompletedTask;
        };
        return sends;
    }

    /// <summary>
    /// Delivers the outbox, moving the clock to the next limiter timer whenever every sender that still holds an
    /// undelivered entry waits on one (none is between its permit and the connector then), or to the end of the wait of
    /// an instance that joins a live one (the only timer before the first delivery).
    /// </summary>
    private static async Task<DeliveryReport> DeliverStepByStepAsync(DigestTestBed bed, SteppedClock clock, int total)
    {
        var work = bed.Dispatcher.DeliverDueAsync(default);
        _ = work.ContinueWith(_ => clock.Signal(), TaskScheduler.Default);
        var senders = bed.Settings.MaxConcurrentSends;
        while (!work.IsCompleted)
        {
            await clock.WaitUntilAsync(
                () => work.IsCompleted
                    || (clock.WaitingTimers > 0 && clock.WaitingTimers == Math.Min(senders, total - bed.Connector.Deliveries))
                    || (clock.WaitingTimers == 1 && bed.Connector.Deliveries == 0),
                "every sender to wait on the rate limiter");
            if (!work.IsCompleted)
            {
                clock.AdvanceToNextTimer();
            }
        }

        return await work;
    }
}
