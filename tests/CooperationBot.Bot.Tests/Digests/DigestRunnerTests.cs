using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Digests.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CooperationBot.Bot.Tests.Digests.DigestTestBed;

namespace CooperationBot.Bot.Tests.Digests;

public sealed class DigestRunnerTests
{
    /// <summary>Monday 2 March 2026, 07:30 in Amsterdam (CET).</summary>
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 6, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public async Task RunDueAsync_SomeSubscribersDue_EnqueuesAndDeliversOnlyThose()
    {
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = new FakeTimeProvider(MondayMorning) });
        await bed.SeedAsync(3, Preferences(7, 0));
        await bed.SeedAsync(2, Preferences(9, 0), from: 3, createdAt: MondayMorning); // their Friday digest was before they subscribed

        var report = await bed.Runner.RunDueAsync(default);
        var again = await bed.Runner.RunDueAsync(default);

        Assert.Equal((3, 3), (report.Enqueued, report.Delivery.Sent));
        Assert.Equal((0, 0), (again.Enqueued, again.Delivery.Sent));
        Assert.Equal([Key(0, Monday), Key(1, Monday), Key(2, Monday)], bed.Connector.DeliveryLog.Select(d => d.DigestKey).Order(StringComparer.Ordinal));
        Assert.Empty(await bed.Store.ListOutboxAsync(SubscriberId(3), 10, default));
        Assert.Empty(await bed.Store.ListOutboxAsync(SubscriberId(4), 10, default));
    }

    [Fact]
    public async Task RunNowAsync_TwiceOnOneDay_DeliversTodaysDigestToEachOnceAndThenNothing()
    {
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = new FakeTimeProvider(MondayMorning) });
        await bed.SeedAsync(5, Preferences(18, 0));

        var first = await bed.Runner.RunNowAsync(default);
        var second = await bed.Runner.RunNowAsync(default);

        Assert.Equal((5, 5), (first.Enqueued, first.Delivery.Sent));
        Assert.Equal((0, 0, 0), (second.Enqueued, second.Delivery.Sent, second.Delivery.Rescheduled));
        Assert.Equal(5, bed.Connector.Deliveries);
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(1, bed.Connector.DeliveryCount(Key(i, Monday))));
    }

    [Fact]
    public async Task RunNowAsync_NothingChangedAndNoMessageWanted_EntrySkippedAndNothingSent()
    {
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = new FakeTimeProvider(MondayMorning) });
        var delivered = MondayMorning.AddDays(-3);
        await bed.SeedAsync(2, Preferences(7, 0) with { SendWhenUnchanged = false }, lastDeliveredAt: delivered);
        await bed.SeedAsync(2, Preferences(7, 0), from: 2, lastDeliveredAt: delivered);

        var report = await bed.Runner.RunNowAsync(default);

        Assert.Equal((4, 2, 2), (report.Enqueued, report.Skipped, report.Delivery.Sent));
        Assert.Equal([ChatId(2), ChatId(3)], bed.Connector.DeliveryLog.Select(d => d.ConversationId).Order(StringComparer.Ordinal));
        foreach (var index in new[] { 0, 1 })
        {
            var entry = Assert.Single(await bed.Store.ListOutboxAsync(SubscriberId(index), 10, default));
            Assert.Equal(OutboxState.Skipped, entry.State);
        }

        var noChanges = Assert.Single(await bed.Store.ListOutboxAsync(SubscriberId(2), 10, default));
        Assert.Contains("geen wijzigingen", noChanges.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunNowAsync_FirstDigestsNothingChanged_WelcomeSentOnceEvenWhenNoMessageWanted()
    {
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = new FakeTimeProvider(MondayMorning) });
        await bed.SeedAsync(1, Preferences(7, 0) with { SendWhenUnchanged = false });
        await bed.SeedAsync(1, Preferences(7, 0), from: 1);

        var report = await bed.Runner.RunNowAsync(default);
        var again = await bed.Runner.RunNowAsync(default);

        Assert.Equal((2, 0, 2), (report.Enqueued, report.Skipped, report.Delivery.Sent));
        Assert.Equal((0, 0), (again.Enqueued, again.Delivery.Sent));
        Assert.Equal(2, bed.Connector.DeliveryLog.Count);
        foreach (var index in new[] { 0, 1 })
        {
            var entry = Assert.Single(await bed.Store.ListOutboxAsync(SubscriberId(index), 10, default));
            Assert.Equal(OutboxState.Sent, entry.State);
            Assert.Contains("Dagelijkse samenvatting: welkom", entry.ActivityJson, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunNowAsync_MoreDigestsThanOneEnqueueBatch_EnqueuesEachOnceAndSkipsAsCompletingWould()
    {
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = new FakeTimeProvider(MondayMorning) });
        var delivered = MondayMorning.AddDays(-3);
        var quiet = await bed.SeedAsync(1_001, Preferences(7, 0) with { SendWhenUnchanged = false }, lastDeliveredAt: delivered);
        await bed.SeedAsync(2, Preferences(7, 0), from: 1_001, lastDeliveredAt: delivered);

        var report = await bed.Runner.RunNowAsync(default);

        Assert.Equal((1_003, 1_001, 2), (report.Enqueued, report.Skipped, report.Delivery.Sent));
        var outbox = await bed.Store.ListOutboxAsync(null, 2_000, default);
        Assert.Equal(1_003, outbox.Select(e => e.SubscriberId).Distinct().Count());
        Assert.All(outbox.Where(e => e.State == OutboxState.Skipped), e =>
            Assert.Equal(("nothing changed; no message wanted", (int?)null, MondayMorning, (string?)null), (e.LastError, e.LastStatus, e.CompletedAt, e.LeaseOwner)));
        var subscriptions = await bed.Store.FindSubscriptionsAsync([.. quiet.Select(s => s.SubscriberId)], default);
        Assert.Equal(1_001, subscriptions.Values.Count(s => s.LastDigestDate == Monday));
    }

    [Fact]
    public async Task RunNowAsync_KnowledgeEditedAfterSubscribing_DigestListsTheEditAndNextDaySaysNoChanges()
    {
        using var folder = DigestTestKnowledge.CopyOfReal();
        var time = new FakeTimeProvider(MondayMorning);
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = time, KnowledgePath = folder.KnowledgePath });
        var subscriptions = bed.Services.GetRequiredService<DigestSubscriptions>();
        await subscriptions.SubscribeAsync(bed.Personal(0), Preferences(7, 0), default);
        var before = bed.Knowledge.Current.Version;
        DigestTestKnowledge.EditOneFact(folder);
        bed.Services.GetRequiredService<KnowledgeFileSource>().Reload();
        var edited = bed.Knowledge.Current.Version;
        Assert.NotEqual(before, edited);

        await bed.Runner.RunNowAsync(default);

        var digest = Assert.Single(await bed.Store.ListOutboxAsync(SubscriberId(0), 10, default));
        Assert.Equal((OutboxState.Sent, edited), (digest.State, digest.KnowledgeVersion));
        Assert.Contains("0 nieuw, 1 gewijzigd", digest.ActivityJson, StringComparison.Ordinal);
        Assert.Contains("verder kunnen versterken", digest.ActivityJson, StringComparison.Ordinal);
        Assert.Equal(edited, (await bed.Store.FindSubscriptionAsync(SubscriberId(0), default))!.BaselineVersion);

        time.Advance(TimeSpan.FromDays(1));
        await bed.Runner.RunNowAsync(default);

        var next = (await bed.Store.ListOutboxAsync(SubscriberId(0), 10, default))[0];
        Assert.Equal((Monday.AddDays(1), OutboxState.Sent), (next.DigestDate, next.State));
        Assert.Contains("geen wijzigingen", next.ActivityJson, StringComparison.Ordinal);
        Assert.Equal(2, bed.Connector.Deliveries);
    }

    private static DigestPreferences Preferences(int hour, int minute) =>
        new(new TimeOnly(hour, minute), DigestDays.Weekdays, DigestPreferences.DefaultTimeZoneId, UserLanguage.Dutch, SendWhenUnchanged: true);
}
