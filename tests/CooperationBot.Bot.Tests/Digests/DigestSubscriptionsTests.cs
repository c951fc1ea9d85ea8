using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Digests.Content;
using CooperationBot.Bot.Tests.Digests.Storage;
using CooperationBot.Bot.Tests.Storage;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperationBot.Bot.Tests.Digests;

public sealed class DigestSubscriptionsTests() : DigestStoreFixture(new SqliteStoreBackend())
{
    private static readonly KnowledgeSnapshot Snapshot = DigestTestKnowledge.Snapshot(
        DigestTestKnowledge.Knowledge([DigestTestKnowledge.Fact("feit-1", "Een feit.")]), "k-1");

    private static readonly DigestPreferences Evening =
        new(new TimeOnly(18, 30), DigestDays.EveryDay, "America/New_York", UserLanguage.English, SendWhenUnchanged: false);

    private DigestSubscriptions? _subscriptions;

    private DigestSubscriptions Subscriptions => _subscriptions ??= new DigestSubscriptions(
        Store, new FixedKnowledgeSource(Snapshot), new KnowledgeHashes(Store, Time), Time, NullLogger<DigestSubscriptions>.Instance);

    [Fact]
    public async Task SubscribeAsync_NewPerson_SubscribedFromTodaysKnowledgeWithTheChatStored()
    {
        var subscription = await Subscriptions.SubscribeAsync(Reference("a:1"), DigestPreferences.Default(UserLanguage.Dutch), None);

        Assert.Equal(subscription, await Subscriptions.FindAsync(Reference("a:1"), None));
        Assert.Equal(("personal:tenant-1:29:user", "k-1", Now), (subscription.SubscriberId, subscription.BaselineVersion, subscription.CreatedAt));
        Assert.Equal(Reference("a:1") with { Locale = null }, subscription.Target);
        Assert.NotNull(await Store.GetKnowledgeHashesAsync("k-1", None));
        Assert.Equal(Reference("a:1"), await Store.FindConversationAsync("a:1", None));
    }

    [Fact]
    public async Task SubscribeAsync_ParkedSubscriberAgain_NewPreferencesActiveAgainAndCreationKept()
    {
        await Subscriptions.SubscribeAsync(Reference("a:1"), DigestPreferences.Default(UserLanguage.Dutch), None);
        await Store.RemoveConversationAsync("a:1", "403 from the connector", Now, None);
        Time.Advance(TimeSpan.FromDays(2));

        await Subscriptions.SubscribeAsync(Reference("a:1"), Evening, None);

        var stored = await Store.FindSubscriptionAsync("personal:tenant-1:29:user", None);
        Assert.Equal((SubscriptionState.Active, null, null), (stored!.State, stored.ParkedReason, stored.ParkedAt));
        Assert.Equal((Evening, Now, Now.AddDays(2)), (stored.Preferences, stored.CreatedAt, stored.UpdatedAt));
        Assert.Single(await Store.ListSubscriptionsAsync(None));
    }

    [Fact]
    public async Task SubscribeAsync_Channel_TheChannelSubscribesWithoutAUser()
    {
        var channel = Reference("19:channel@thread.tacv2") with { ConversationType = ConversationReference.Channel };

        var subscription = await Subscriptions.SubscribeAsync(channel, Evening, None);

        Assert.Equal(("channel:19:channel@thread.tacv2", false), (subscription.SubscriberId, subscription.IsPersonal));
        Assert.Null(subscription.Target.UserId);
    }

    [Fact]
    public async Task SubscribeAsync_PersonalChatWithoutUser_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Subscriptions.SubscribeAsync(Reference("a:1") with { UserId = null }, Evening, None));

        Assert.Empty(await Store.ListSubscriptionsAsync(None));
    }

    [Fact]
    public async Task UnsubscribeAsync_Subscribed_EndsTheSubscriptionKeepsItsPreferencesAndDropsItsPendingDigest()
    {
        var subscription = await Subscriptions.SubscribeAsync(Reference("a:1"), Evening, None);
        await Store.EnqueueAsync(Entry(subscription.SubscriberId, Today), None);

        Assert.True(await Subscriptions.UnsubscribeAsync(Reference("a:1"), None));

        var ended = await Subscriptions.FindAsync(Reference("a:1"), None);
        Assert.Equal((SubscriptionState.Unsubscribed, Evening), (ended!.State, ended.Preferences));
        Assert.Empty(await Subscriptions.RecentAsync(subscription.SubscriberId, None));
        Assert.False(await Subscriptions.UnsubscribeAsync(Reference("a:1"), None));
    }

    [Fact]
    public async Task SubscribeAsync_AfterUnsubscribe_ActiveAgainWithTheGivenPreferences()
    {
        await Subscriptions.SubscribeAsync(Reference("a:1"), Evening, None);
        await Subscriptions.UnsubscribeAsync(Reference("a:1"), None);

        var again = await Subscriptions.SubscribeAsync(Reference("a:1"), Evening, None);

        Assert.Equal((SubscriptionState.Active, null, null), (again.State, again.ParkedReason, again.ParkedAt));
        Assert.Equal(again, await Subscriptions.FindAsync(Reference("a:1"), None));
    }

    [Fact]
    public async Task RecentAsync_SixDigests_TheFiveNewestFirst()
    {
        var subscription = await Subscriptions.SubscribeAsync(Reference("a:1"), Evening, None);
        for (var day = 0; day < 6; day++)
        {
            await Store.EnqueueAsync(Entry(subscription.SubscriberId, Today.AddDays(day)), None);
        }

        var recent = await Subscriptions.RecentAsync(subscription.SubscriberId, None);

        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(Today.AddDays), recent.Select(e => e.DigestDate));
    }
}
