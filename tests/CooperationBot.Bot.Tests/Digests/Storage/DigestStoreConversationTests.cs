using CooperationBot.Bot.Digests;

using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public abstract class DigestStoreConversationTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    [Fact]
    public async Task UpsertConversationAsync_ThenFind_RoundTripsEveryField()
    {
        var reference = Reference("a:1") with { ConversationType = "channel", TenantId = null, Locale = null };

        await Store.UpsertConversationAsync(reference, Now, None);

        Assert.Equal(reference, await CreateStore().FindConversationAsync("a:1", None));
        Assert.Null(await Store.FindConversationAsync("a:2", None));
    }

    [Fact]
    public async Task UpsertConversationAsync_SeenLater_RefreshesServiceUrl()
    {
        await Store.UpsertConversationAsync(Reference("a:1"), Now, None);

        await Store.UpsertConversationAsync(Reference("a:1", "https://smba.trafficmanager.net/amer/"), Now.AddMinutes(1), None);

        Assert.Equal("https://smba.trafficmanager.net/amer/", (await Store.FindConversationAsync("a:1", None))?.ServiceUrl);
    }

    [Fact]
    public async Task UpsertConversationAsync_SeenEarlierThanStored_KeepsTheStoredOne()
    {
        await Store.UpsertConversationAsync(Reference("a:1"), Now, None);

        await Store.UpsertConversationAsync(Reference("a:1", "https://smba.trafficmanager.net/old/"), Now.AddMinutes(-1), None);

        Assert.Equal(Reference("a:1"), await Store.FindConversationAsync("a:1", None));
    }

    [Fact]
    public async Task RemoveConversationAsync_Known_FindReturnsNullAndReasonIsKept()
    {
        await Store.UpsertConversationAsync(Reference("a:1"), Now, None);

        await Store.RemoveConversationAsync("a:1", "uninstalled", Now.AddHours(1), None);

        Assert.Null(await Store.FindConversationAsync("a:1", None));
        var row = Assert.Single(await Backend.QueryAsync("SELECT removed_reason, removed_at FROM conversation_references WHERE conversation_id = 'a:1'"));
        Assert.Equal(["uninstalled", "2026-11-30T07:00:00.0000000Z"], row);
    }

    [Fact]
    public async Task UpsertConversationAsync_SeenAfterRemoval_ClearsTheRemoval()
    {
        await Store.UpsertConversationAsync(Reference("a:1"), Now, None);
        await Store.RemoveConversationAsync("a:1", "uninstalled", Now.AddHours(1), None);

        await Store.UpsertConversationAsync(Reference("a:1"), Now.AddMinutes(30), None);
        Assert.Null(await Store.FindConversationAsync("a:1", None));

        await Store.UpsertConversationAsync(Reference("a:1"), Now.AddHours(2), None);
        Assert.Equal(Reference("a:1"), await Store.FindConversationAsync("a:1", None));
    }

    [Fact]
    public async Task RemoveConversationAsync_ParksOnlyTheActiveSubscriptionsOfThatConversation()
    {
        await Store.SaveSubscriptionAsync(Subscription("channel:a:1", "a:1"), None);
        await Store.SaveSubscriptionAsync(Subscription("personal:t:u", "a:1"), None);
        var parkedBefore = Subscription("personal:t:v", "a:1") with
        {
            State = SubscriptionState.Parked,
            ParkedReason = "403 Forbidden from the connector",
            ParkedAt = Now.AddDays(-1),
        };
        await Store.SaveSubscriptionAsync(parkedBefore, None);
        await Store.SaveSubscriptionAsync(Subscription("channel:b:2", "b:2"), None);

        var parked = await Store.RemoveConversationAsync("a:1", "uninstalled", Now, None);

        Assert.Equal(2, parked);
        var all = (await Store.ListSubscriptionsAsync(None)).ToDictionary(s => s.SubscriberId);
        Assert.Equal((SubscriptionState.Parked, "uninstalled", Now), (all["channel:a:1"].State, all["channel:a:1"].ParkedReason, all["channel:a:1"].ParkedAt));
        Assert.Equal((SubscriptionState.Parked, "uninstalled"), (all["personal:t:u"].State, all["personal:t:u"].ParkedReason));
        Assert.Equal(parkedBefore, all["personal:t:v"]);
        Assert.Equal(SubscriptionState.Active, all["channel:b:2"].State);
    }
}
