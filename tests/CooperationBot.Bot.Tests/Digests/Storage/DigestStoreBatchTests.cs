using CooperationBot.Bot.Digests;

using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>The batch writes of the planner and of the dispatcher's group commits, and the batch subscription lookup.</summary>
public abstract class DigestStoreBatchTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task EnqueueManyAsync_NewAndPresentEntries_ReturnsOnlyTheNewOnesInOrder()
    {
        await Store.EnqueueAsync(Entry("s2", Today), None);

        var added = await CreateStore().EnqueueManyAsync(
            [Entry("s3", Today), Entry("s2", Today, "v2"), Entry("s1", Today), Entry("s2", Today.AddDays(-1))], None);

        Assert.Equal([("s3", Today), ("s1", Today), ("s2", Today.AddDays(-1))], added.Select(e => (e.SubscriberId, e.DigestDate)));
        Assert.Equal("v1", (await Store.ListOutboxAsync("s2", 10, None)).Single(e => e.DigestDate == Today).KnowledgeVersion);
        Assert.Equal(4, (await Store.CountOutboxAsync(None))[OutboxState.Pending]);
    }

    [Fact]
    public async Task EnqueueManyAsync_SameKeyTwiceInOneBatch_AddsTheFirstOnly()
    {
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1"), None);

        var added = await Store.EnqueueManyAsync(
            [Entry("s1", Today, "v1"), Entry("s1", Today, "v2") with { State = OutboxState.Skipped, CompletedAt = Now }], None);

        Assert.Equal("v1", Assert.Single(added).KnowledgeVersion);
        Assert.Equal((OutboxState.Pending, "v1"), ((await SingleEntryAsync("s1")).State, (await SingleEntryAsync("s1")).KnowledgeVersion));
        Assert.Equal("v0", (await Store.FindSubscriptionAsync("s1", None))?.BaselineVersion);
    }

    [Fact]
    public async Task EnqueueManyAsync_SkippedEntries_MoveTheBaselineAndTheLastDigestDate()
    {
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1"), None);
        await Store.SaveSubscriptionAsync(Subscription("s2", "a:2"), None);
        await Store.SaveSubscriptionAsync(Subscription("s3", "a:3"), None);

        await Store.EnqueueManyAsync(
        [
            Entry("s1", Today, "v3") with { State = OutboxState.Skipped, CompletedAt = Now },
            Entry("s2", Today, "v4"),
            Entry("s3", Today.AddDays(-1), "v5") with { State = OutboxState.Skipped, CompletedAt = Now },
            Entry("s3", Today, "v6"),
            Entry("s3", Today.AddDays(-2), "v7") with { State = OutboxState.Skipped, CompletedAt = Now },
        ], None);

        // As one after another: the last Skipped entry of a subscriber sets its baseline, the latest date its last digest date.
        var subscriptions = await Store.FindSubscriptionsAsync(["s1", "s2", "s3"], None);
        Assert.Equal((Today, "v3"), (subscriptions["s1"].LastDigestDate, subscriptions["s1"].BaselineVersion));
        Assert.Equal((Today, "v0"), (subscriptions["s2"].LastDigestDate, subscriptions["s2"].BaselineVersion));
        Assert.Equal((Today, "v7"), (subscriptions["s3"].LastDigestDate, subscriptions["s3"].BaselineVersion));
    }

    [Fact]
    public async Task EnqueueManyAsync_EveryFieldAndASharedMessage_RoundTrip()
    {
        var full = EntryWithEveryField("s1");
        var bare = Entry("s2", Today) with { ActivityJson = full.ActivityJson };

        Assert.Equal([full, bare], await Store.EnqueueManyAsync([full, bare], None));

        Assert.Equal(full, await SingleEntryAsync("s1"));
        Assert.Equal(bare, await SingleEntryAsync("s2"));
    }

    [Fact]
    public async Task EnqueueManyAsync_Empty_ReturnsNothingAndChangesNothing()
    {
        Assert.Empty(await Store.EnqueueManyAsync([], None));

        Assert.All((await Store.CountOutboxAsync(None)).Values, count => Assert.Equal(0, count));
    }

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
