using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;

using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public abstract class DigestStoreSubscriptionTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    [Fact]
    public async Task SaveSubscriptionAsync_EveryField_RoundTrips()
    {
        var subscription = new DigestSubscription
        {
            SubscriberId = "personal:tenant-1:29:user",
            Target = Reference("a:1") with { Locale = "en-GB", BotId = null },
            Preferences = new DigestPreferences(new TimeOnly(7, 30, 15, 250).Add(TimeSpan.FromTicks(3)), DigestDays.EveryDay, "America/New_York", UserLanguage.English, SendWhenUnchanged: false),
            State = SubscriptionState.Parked,
            ParkedReason = "404 Not Found from the connector",
            ParkedAt = new DateTimeOffset(2026, 11, 29, 9, 15, 0, TimeSpan.FromHours(1)).AddTicks(7),
            BaselineVersion = "sha256:abc",
            LastDigestDate = new DateOnly(2026, 11, 28),
            LastDeliveredAt = Now.AddDays(-2),
            CreatedAt = Now.AddDays(-30),
            UpdatedAt = Now.AddDays(-1),
        };

        await Store.SaveSubscriptionAsync(subscription, None);

        var found = await CreateStore().FindSubscriptionAsync(subscription.SubscriberId, None);
        Assert.Equal(subscription, found);
        Assert.Equal(subscription.Preferences.Time.Ticks, found?.Preferences.Time.Ticks);
    }

    [Fact]
    public async Task SaveSubscriptionAsync_OptionalFieldsEmpty_RoundTripsNulls()
    {
        var subscription = Subscription("channel:a:1", "a:1") with { BaselineVersion = null, Target = new("a:1", "https://x/", "msteams", null, null, null, null, null) };

        await Store.SaveSubscriptionAsync(subscription, None);

        Assert.Equal(subscription, await Store.FindSubscriptionAsync("channel:a:1", None));
    }

    [Fact]
    public async Task SaveSubscriptionAsync_Again_ReplacesTheSubscription()
    {
        await Store.SaveSubscriptionAsync(Subscription("channel:a:1", "a:1"), None);
        var changed = Subscription("channel:a:1", "a:1") with { Preferences = DigestPreferences.Default(UserLanguage.English), UpdatedAt = Now };

        await Store.SaveSubscriptionAsync(changed, None);

        Assert.Equal(changed, Assert.Single(await Store.ListSubscriptionsAsync(None)));
    }

    [Fact]
    public async Task ListSubscriptionsAsync_Several_OrderedBySubscriberId()
    {
        foreach (var id in new[] { "personal:t:b", "channel:z", "personal:t:a", "channel:A" })
        {
            await Store.SaveSubscriptionAsync(Subscription(id, "a:1"), None);
        }

        var ids = (await Store.ListSubscriptionsAsync(None)).Select(s => s.SubscriberId);

        Assert.Equal(["channel:A", "channel:z", "personal:t:a", "personal:t:b"], ids);
    }

    [Fact]
    public async Task EndSubscriptionAsync_WithEntries_KeepsThePreferencesDropsPendingAndKeepsHistory()
    {
        var subscription = Subscription("channel:a:1", "a:1") with
        {
            Preferences = new DigestPreferences(new TimeOnly(8, 30), DigestDays.EveryDay, "Europe/London", UserLanguage.English, SendWhenUnchanged: false),
        };
        await Store.SaveSubscriptionAsync(subscription, None);
        await Store.EnqueueAsync(Entry("channel:a:1", Today.AddDays(-1)), None);
        await Store.CompleteAsync("channel:a:1", Today.AddDays(-1), null, OutboxState.Failed, 500, "gave up", Now, None);
        await Store.EnqueueAsync(Entry("channel:a:1", Today), None);
        var ended = Now.AddMinutes(5);

        Assert.True(await Store.EndSubscriptionAsync("channel:a:1", ended, None));

        var kept = await CreateStore().FindSubscriptionAsync("channel:a:1", None);
        Assert.NotNull(kept);
        Assert.Equal(SubscriptionState.Unsubscribed, kept.State);
        Assert.False(kept.IsSubscribed);
        Assert.Equal(subscription.Preferences, kept.Preferences);
        Assert.Equal((DigestSubscription.UnsubscribedReason, ended, ended), (kept.ParkedReason, kept.ParkedAt, kept.UpdatedAt));
        var left = await SingleEntryAsync("channel:a:1");
        Assert.Equal((Today.AddDays(-1), OutboxState.Failed), (left.DigestDate, left.State));
        Assert.False(await Store.EndSubscriptionAsync("channel:a:1", ended, None));
        Assert.False(await Store.EndSubscriptionAsync("channel:none", ended, None));
    }

    [Fact]
    public async Task SaveSubscriptionAsync_AfterEnd_ActiveAgainWithTheKeptBookkeeping()
    {
        var subscription = Subscription("personal:t:u", "a:1");
        await Store.SaveSubscriptionAsync(subscription, None);
        await Store.EndSubscriptionAsync("personal:t:u", Now, None);
        var ended = await Store.FindSubscriptionAsync("personal:t:u", None);

        await Store.SaveSubscriptionAsync(ended! with { State = SubscriptionState.Active, ParkedReason = null, ParkedAt = null }, None);

        var active = await Store.FindSubscriptionAsync("personal:t:u", None);
        Assert.Equal(subscription with { UpdatedAt = Now }, active);
    }

    [Fact]
    public async Task ParkSubscriptionAsync_Active_KeepsReasonAndTime()
    {
        await Store.SaveSubscriptionAsync(Subscription("personal:t:u", "a:1"), None);

        await Store.ParkSubscriptionAsync("personal:t:u", "403 Forbidden from the connector", Now, None);

        var parked = await Store.FindSubscriptionAsync("personal:t:u", None);
        Assert.Equal(
            Subscription("personal:t:u", "a:1") with
            {
                State = SubscriptionState.Parked,
                ParkedReason = "403 Forbidden from the connector",
                ParkedAt = Now,
                UpdatedAt = Now,
            },
            parked);
    }

    [Fact]
    public async Task SetConversationIdAsync_PersonalWithoutChat_SetsTargetAndUpdatedAt()
    {
        await Store.SaveSubscriptionAsync(Subscription("personal:t:u", string.Empty), None);
        Time.Advance(TimeSpan.FromMinutes(5));

        await Store.SetConversationIdAsync("personal:t:u", "a:new", None);

        var found = await Store.FindSubscriptionAsync("personal:t:u", None);
        Assert.Equal(("a:new", Now.AddMinutes(5)), (found?.Target.ConversationId, found?.UpdatedAt));
    }
}
