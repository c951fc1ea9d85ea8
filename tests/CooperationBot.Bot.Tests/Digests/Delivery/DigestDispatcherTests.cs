using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Time.Testing;
using static CooperationBot.Bot.Tests.Digests.DigestTestBed;

namespace CooperationBot.Bot.Tests.Digests.Delivery;

public sealed class DigestDispatcherTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly MondayDate = new(2026, 3, 2);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task RunNowAsync_RandomFaultsAndRefusedChats_EveryOtherDigestDeliveredExactlyOnce(int seed)
    {
        const int Subscribers = 300;
        int[] forbidden = [7, 150];
        int[] notFound = [42];
        var faults = new FaultInjectionOptions
        {
            Seed = seed,
            ThrottleProbability = 0.05,
            ServerErrorProbability = 0.05,
            UnavailableProbability = 0.05,
        };

        // Timeouts are scripted, not drawn: each costs a real client timeout, and a short one could also cut off a
        // slow success on a loaded machine.
        var settings = new DigestTestBedSettings { ConnectorTimeout = TimeSpan.FromSeconds(1.5), MaxConcurrentSends = 16 };
        await using var bed = await StartAsync(settings, faults);
        await bed.SeedAsync(Subscribers);
        Array.ForEach(forbidden, i => bed.Connector.FailAlways(ChatId(i), ConnectorFault.Forbidden));
        Array.ForEach(notFound, i => bed.Connector.FailAlways(ChatId(i), ConnectorFault.NotFound));
        Array.ForEach([3, 100, 299], i => bed.Connector.FailFirst(ChatId(i), 1, ConnectorFault.Timeout));


        var report = await bed.Runner.RunNowAsync(default);

        var entries = await bed.Store.ListOutboxAsync(null, 1_000, default);
        Assert.Equal(Subscribers, entries.Count);
        var refused = forbidden.Concat(notFound).Select(SubscriberId).ToHashSet();

        // A timed-out call may have delivered (this connector takes the message, then answers too late): in doubt,
        // never sent again.
        var timedOut = new[] { 3, 100, 299 }.Select(SubscriberId).ToHashSet();
        foreach (var entry in entries)
        {
            var key = DigestSender.DigestKey(entry.SubscriberId, entry.DigestDate);
            var expected = refused.Contains(entry.SubscriberId) ? (OutboxState.Parked, 0)
                : timedOut.Contains(entry.SubscriberId) ? (OutboxState.InDoubt, 1)
                : (OutboxState.Sent, 1);
            Assert.Equal(expected, (entry.State, bed.Connector.DeliveryCount(key)));
        }

        Assert.Equal(0, bed.Connector.DuplicateKeys);
        Assert.Equal(Subscribers - refused.Count, bed.Connector.Deliveries);
        Assert.Equal((Subscribers, Subscribers - refused.Count - timedOut.Count, refused.Count, 0, 0, timedOut.Count),
            (report.Enqueued, report.Delivery.Sent, report.Delivery.Parked, report.Delivery.Failed, report.Delivery.Rescheduled, report.Delivery.InDoubt));
        Assert.All(
            [ConnectorFault.Throttled, ConnectorFault.ServerError, ConnectorFault.Unavailable, ConnectorFault.Timeout],
            fault => Assert.True(bed.Connector.FaultCount(fault) > 0, $"no {fault} was injected"));
        await AssertParkedAsync(bed, forbidden, "403");
        await AssertParkedAsync(bed, notFound, "404");
    }

    [Fact]
    public async Task DeliverDueAsync_Throttled_EntryWaitsForRetryAfterWhileOtherChatsGoOn()
    {
        var time = new FakeTimeProvider(Monday);
        var settings = new DigestTestBedSettings
        {
            Time = time,
            ConnectorMaxRetries = 0,
            Delivery = new() { MaxDelay = TimeSpan.FromMinutes(5) },
        };
        await using var bed = await StartAsync(settings, new FaultInjectionOptions { RetryAfterSeconds = 40 });
        await bed.SeedAsync(1);
        await bed.EnqueueAsync(0, MondayDate);
        bed.Connector.FailFirst(ChatId(0), 1, ConnectorFault.Throttled);

        var first = await bed.Dispatcher.DeliverDueAsync(default);

        Assert.Equal((0, 1, Monday.AddSeconds(40)), (first.Sent, first.Rescheduled, first.NextAttemptAt));
        Assert.True(bed.Limiter.TryAcquire("another chat", out _));
        Assert.Equal((0, 0), ((await bed.Dispatcher.DeliverDueAsync(default)).Sent, bed.Connector.Deliveries));
        time.Advance(TimeSpan.FromSeconds(39));
        Assert.Equal((0, 0), ((await bed.Dispatcher.DeliverDueAsync(default)).Sent, bed.Connector.Deliveries));

        time.Advance(TimeSpan.FromSeconds(1));
        var second = await bed.Dispatcher.DeliverDueAsync(default);

        Assert.Equal(1, second.Sent);
        Assert.Equal(1, bed.Connector.DeliveryCount(Key(0, MondayDate)));
        var entry = Assert.Single(await bed.Store.ListOutboxAsync(SubscriberId(0), 10, default));
        Assert.Equal((OutboxState.Sent, 2), (entry.State, entry.Attempts));
    }

    [Fact]
    public async Task RunNowAsync_ConnectorKeepsFailing_FailedAfterMaxAttemptsWithReason()
    {
        var settings = new DigestTestBedSettings { Delivery = new() { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20) } };
        await using var bed = await StartAsync(settings);
        await bed.SeedAsync(2);
        bed.Connector.FailAlways(ChatId(0), ConnectorFault.Unavailable);

        var report = await bed.Runner.RunNowAsync(default);

        Assert.Equal((1, 1, 0), (report.Delivery.Sent, report.Delivery.Failed, report.Delivery.Rescheduled));
        var failed = Assert.Single(await bed.Store.ListOutboxAsync(SubscriberId(0), 10, default));
        Assert.Equal((OutboxState.Failed, 3, 503), (failed.State, failed.Attempts, failed.LastStatus));
        Assert.StartsWith("Gave up after 3 attempts", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(SubscriptionState.Active, (await bed.Store.FindSubscriptionAsync(SubscriberId(0), default))!.State);
        Assert.Equal(1, bed.Connector.Deliveries);
    }

    [Fact]
    public async Task RunNowAsync_PersonalSubscriptionWithoutChat_CreatesTheChatAndStoresItsId()
    {
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = new FakeTimeProvider(Monday) });
        var subscription = Assert.Single(await bed.SeedAsync(1));
        await bed.Store.SaveSubscriptionAsync(subscription with { Target = subscription.Target with { ConversationId = "" } }, default);

        await bed.Runner.RunNowAsync(default);

        var created = Assert.Single(bed.Connector.CreatedConversations);
        Assert.Equal((BotId, TenantId, UserId(0)), (created.BotId, created.TenantId, Assert.Single(created.MemberIds)));
        Assert.Equal(created.Id, Assert.Single(bed.Connector.DeliveryLog).ConversationId);
        var stored = await bed.Store.FindSubscriptionAsync(SubscriberId(0), default);
        Assert.Equal(created.Id, stored!.Target.ConversationId);

        await bed.EnqueueAsync(0, MondayDate.AddDays(1));
        await bed.Dispatcher.DeliverDueAsync(default);

        Assert.Single(bed.Connector.CreatedConversations);
        Assert.All(bed.Connector.DeliveryLog, delivery => Assert.Equal(created.Id, delivery.ConversationId));
        Assert.Equal(2, bed.Connector.Deliveries);
    }

    [Fact]
    public async Task RunNowAsync_TwoProcessesOnOneFileAtOnce_EveryDigestDeliveredExactlyOnce()
    {
        const int Subscribers = 200;
        var faults = new FaultInjectionOptions { Seed = 3, ThrottleProbability = 0.1, UnavailableProbability = 0.1 };
        await using var first = await StartAsync(new DigestTestBedSettings { ConnectorMaxRetries = 0 }, faults);
        await using var second = OnSameStore(first);
        await first.SeedAsync(Subscribers);

        var reports = await Task.WhenAll(first.Runner.RunNowAsync(default), second.Runner.RunNowAsync(default));

        Assert.Equal(Subscribers, reports.Sum(r => r.Enqueued));
        Assert.Equal(Subscribers, reports.Sum(r => r.Delivery.Sent));
        Assert.Equal((Subscribers, Subscribers, 0), (first.Connector.Deliveries, first.Connector.DistinctKeys, first.Connector.DuplicateKeys));
        var counts = await second.Store.CountOutboxAsync(default);
        Assert.Equal(Subscribers, counts[OutboxState.Sent]);
        Assert.True(first.Connector.TotalFaults > 0);
    }

    private static async Task AssertParkedAsync(DigestTestBed bed, int[] indexes, string status)
    {
        foreach (var index in indexes)
        {
            var subscription = await bed.Store.FindSubscriptionAsync(SubscriberId(index), default);
            Assert.Equal(SubscriptionState.Parked, subscription!.State);
            Assert.Contains(status, subscription.ParkedReason, StringComparison.Ordinal);
            Assert.Null(await bed.Store.FindConversationAsync(ChatId(index), default));
            var entry = Assert.Single(await bed.Store.ListOutboxAsync(SubscriberId(index), 10, default));
            Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), entry.LastStatus);
        }
    }
}
