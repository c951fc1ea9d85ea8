using CooperationBot.Bot.Digests;

using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>The batch writes the dispatcher's group commits use, and the batch subscription lookup.</summary>
public abstract class DigestStoreBatchTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task MarkInFlightAsync_Batch_AnswersPerKeyInOrder()
    {
        await Store.EnqueueAsync(Entry("s1", Today), None);
        await Store.EnqueueAsync(Entry("s2", Today), None);
        await Store.EnqueueAsync(Entry("s3", Today), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 2, None);

        var marked = await Store.MarkInFlightAsync(
            [new OutboxKey("s1", Today), new OutboxKey("s3", Today), new OutboxKey("s2", Today), new OutboxKey("s1", Today)], "host-1", Now, None);

        // s3 was not claimed (max 2); the second s1 is a second copy of one claim.
        Assert.Equal([true, false, true, false], marked);
        Assert.Equal((1, Now), ((await SingleEntryAsync("s1")).Attempts, (await SingleEntryAsync("s1")).InFlightSince));
        Assert.Null((await SingleEntryAsync("s3")).InFlightSince);
    }

    [Fact]
    public async Task MarkSentAsync_Batch_MarksHeldEntriesAndMovesEachBaseline()
    {
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1"), None);
        await Store.SaveSubscriptionAsync(Subscription("s2", "a:2"), None);
        await Store.EnqueueAsync(Entry("s1", Today, "v5"), None);
        await Store.EnqueueAsync(Entry("s2", Today, "v6"), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 1, None);
        await Store.MarkInFlightAsync("s1", Today, "host-1", Now, None);

        var sent = await Store.MarkSentAsync(
            [new SentMark(new OutboxKey("s1", Today), "1:a"), new SentMark(new OutboxKey("s2", Today), "1:b")], "host-1", Now.AddSeconds(1), None);

        Assert.Equal([true, false], sent);
        Assert.Equal((OutboxState.Sent, "1:a"), ((await SingleEntryAsync("s1")).State, (await SingleEntryAsync("s1")).ActivityId));
        Assert.Equal(OutboxState.Pending, (await SingleEntryAsync("s2")).State);
        Assert.Equal("v5", (await Store.FindSubscriptionAsync("s1", None))?.BaselineVersion);
        Assert.Equal("v0", (await Store.FindSubscriptionAsync("s2", None))?.BaselineVersion);
    }

    [Fact]
    public async Task FindSubscriptionsAsync_SomeUnknown_ReturnsTheKnownOnesById()
    {
        await Store.SaveSubscriptionAsync(Subscription("personal:t:29:a", "a:1"), None);
        await Store.SaveSubscriptionAsync(Subscription("channel:19:x@thread.tacv2", "19:x@thread.tacv2"), None);

        var found = await Store.FindSubscriptionsAsync(["personal:t:29:a", "nobody", "channel:19:x@thread.tacv2"], None);

        Assert.Equal(["channel:19:x@thread.tacv2", "personal:t:29:a"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("a:1", found["personal:t:29:a"].Target.ConversationId);
        Assert.Empty(await Store.FindSubscriptionsAsync([], None));
    }
}
