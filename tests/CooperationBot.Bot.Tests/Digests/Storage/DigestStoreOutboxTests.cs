using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;

using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public abstract class DigestStoreOutboxTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task EnqueueAsync_EveryField_RoundTrips()
    {
        var entry = EntryWithEveryField("channel:a:1");

        Assert.True(await Store.EnqueueAsync(entry, None));

        Assert.Equal(entry, await SingleEntryAsync("channel:a:1"));
    }

    [Fact]
    public async Task EnqueueAsync_Twice_KeepsOneEntryAndReturnsFalse()
    {
        Assert.True(await Store.EnqueueAsync(Entry("channel:a:1", Today), None));

        Assert.False(await CreateStore().EnqueueAsync(Entry("channel:a:1", Today, "v2"), None));

        Assert.Equal("v1", (await SingleEntryAsync("channel:a:1")).KnowledgeVersion);
    }

    [Fact]
    public async Task EnqueueAsync_Dates_SetsLastDigestDateToTheLatest()
    {
        await Store.SaveSubscriptionAsync(Subscription("channel:a:1", "a:1"), None);

        await Store.EnqueueAsync(Entry("channel:a:1", Today), None);
        await Store.EnqueueAsync(Entry("channel:a:1", Today.AddDays(-3)), None);

        var subscription = await Store.FindSubscriptionAsync("channel:a:1", None);
        Assert.Equal((Today, "v0"), (subscription?.LastDigestDate, subscription?.BaselineVersion));
    }

    [Fact]
    public async Task EnqueueAsync_Skipped_MovesTheBaseline()
    {
        await Store.SaveSubscriptionAsync(Subscription("channel:a:1", "a:1"), None);

        await Store.EnqueueAsync(Entry("channel:a:1", Today) with { State = OutboxState.Skipped, CompletedAt = Now }, None);

        Assert.Equal("v1", (await Store.FindSubscriptionAsync("channel:a:1", None))?.BaselineVersion);
    }

    [Fact]
    public async Task ClaimDueAsync_Mixed_ClaimsOnlyDueEntriesOldestFirstUpToMax()
    {
        await Store.EnqueueAsync(Entry("s1", Today, due: Now.AddMinutes(-1)), None);
        await Store.EnqueueAsync(Entry("s2", Today, due: Now.AddMinutes(-5)), None);
        await Store.EnqueueAsync(Entry("s3", Today, due: Now), None);
        await Store.EnqueueAsync(Entry("s4", Today, due: Now.AddTicks(1)), None);

        var first = await Store.ClaimDueAsync("host-1", Now, Lease, 2, None);
        var rest = await Store.ClaimDueAsync("host-2", Now, Lease, 10, None);

        Assert.Equal(["s2", "s1"], first.Select(e => e.SubscriberId));
        Assert.All(first, e => Assert.Equal((OutboxState.Sending, "host-1", Now + Lease, 0, null), (e.State, e.LeaseOwner, e.LeaseUntil, e.Attempts, e.InFlightSince)));
        Assert.Equal("s3", Assert.Single(rest).SubscriberId);
        Assert.Equal(OutboxState.Pending, (await SingleEntryAsync("s4")).State);
    }

    [Fact]
    public async Task ClaimDueAsync_LeaseEndedDuringTheCall_MakesEntryInDoubtAndNeverClaimsItAgain()
    {
        await Store.EnqueueAsync(Entry("s1", Today), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);
        Assert.True(await Store.MarkInFlightAsync("s1", Today, "host-1", Now.AddSeconds(1), None));

        Assert.Empty(await CreateStore().ClaimDueAsync("host-2", Now + Lease, Lease, 10, None));
        Assert.Empty(await CreateStore().ClaimDueAsync("host-2", Now + Lease + TimeSpan.FromTicks(1), Lease, 10, None));

        var entry = await SingleEntryAsync("s1");
        Assert.Equal((OutboxState.InDoubt, SqliteDigestStore.LeaseEndedError, 1), (entry.State, entry.LastError, entry.Attempts));
        Assert.Empty(await Store.ClaimDueAsync("host-2", Now.AddDays(1), Lease, 10, None));
        Assert.False(await Store.MarkSentAsync("s1", Today, "host-2", "1:other", Now.AddDays(1), None));
    }

    [Fact]
    public async Task MarkSentAsync_OwnerAfterItsLeaseEndedDuringTheCall_RecordsTheDelivery()
    {
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1"), None);
        await Store.EnqueueAsync(Entry("s1", Today, "v7"), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);
        await Store.MarkInFlightAsync("s1", Today, "host-1", Now, None);
        await CreateStore().ClaimDueAsync("host-2", Now + Lease + Lease, Lease, 10, None);

        Assert.True(await Store.MarkSentAsync("s1", Today, "host-1", "1:slow", Now + Lease + Lease, None));

        Assert.Equal((OutboxState.Sent, "1:slow", null), ((await SingleEntryAsync("s1")).State, (await SingleEntryAsync("s1")).ActivityId, (await SingleEntryAsync("s1")).LastError));
        Assert.Equal("v7", (await Store.FindSubscriptionAsync("s1", None))?.BaselineVersion);
    }

    [Fact]
    public async Task ClaimDueAsync_LeaseEndedBeforeTheCallStarted_ReturnsEntryToTheOutbox()
    {
        await Store.EnqueueAsync(Entry("s1", Today), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);

        var again = Assert.Single(await CreateStore().ClaimDueAsync("host-2", Now + Lease + TimeSpan.FromTicks(1), Lease, 10, None));

        Assert.Equal((OutboxState.Sending, "host-2", 0), (again.State, again.LeaseOwner, again.Attempts));
        Assert.False(await Store.MarkInFlightAsync("s1", Today, "host-1", Now + Lease, None));
        Assert.True(await Store.MarkInFlightAsync("s1", Today, "host-2", Now + Lease, None));
    }

    [Fact]
    public async Task MarkSentAsync_Owner_MarksSentAndMovesBaselineAndDeliveryTime()
    {
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1"), None);
        await Store.EnqueueAsync(Entry("s1", Today, "v7"), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);

        Assert.True(await Store.MarkSentAsync("s1", Today, "host-1", "1:abc", Now.AddSeconds(1), None));

        var entry = await SingleEntryAsync("s1");
        Assert.Equal((OutboxState.Sent, "1:abc", Now.AddSeconds(1)), (entry.State, entry.ActivityId, entry.CompletedAt));
        var subscription = await Store.FindSubscriptionAsync("s1", None);
        Assert.Equal(("v7", Now.AddSeconds(1), Today), (subscription?.BaselineVersion, subscription?.LastDeliveredAt, subscription?.LastDigestDate));
        Assert.False(await Store.MarkSentAsync("s1", Today, "host-1", "1:abc", Now.AddSeconds(2), None));
    }

    [Fact]
    public async Task MarkSentAsync_NotTheOwner_ReturnsFalseAndChangesNothing()
    {
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1"), None);
        await Store.EnqueueAsync(Entry("s1", Today), None);
        Assert.False(await Store.MarkSentAsync("s1", Today, "host-1", "1:abc", Now, None));
        var claimed = Assert.Single(await Store.ClaimDueAsync("host-1", Now, Lease, 10, None));

        Assert.False(await Store.MarkSentAsync("s1", Today, "host-2", "1:abc", Now, None));

        Assert.Equal(claimed, await SingleEntryAsync("s1"));
        Assert.Equal("v0", (await Store.FindSubscriptionAsync("s1", None))?.BaselineVersion);
    }

    [Fact]
    public async Task RescheduleAsync_Owner_ClaimedAgainOnlyFromNextAttemptAt()
    {
        await Store.EnqueueAsync(Entry("s1", Today), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);
        await Store.MarkInFlightAsync("s1", Today, "host-1", Now, None);
        Assert.False(await Store.RescheduleAsync("s1", Today, "host-2", Now.AddMinutes(1), 429, "429 Too Many Requests", None));

        Assert.True(await Store.RescheduleAsync("s1", Today, "host-1", Now.AddMinutes(1), 429, "429 Too Many Requests", None));

        var pending = await SingleEntryAsync("s1");
        Assert.Equal((OutboxState.Pending, null, null, 429, "429 Too Many Requests"), (pending.State, pending.LeaseOwner, pending.LeaseUntil, pending.LastStatus, pending.LastError));
        Assert.Empty(await Store.ClaimDueAsync("host-1", Now.AddSeconds(59), Lease, 10, None));
        var again = Assert.Single(await Store.ClaimDueAsync("host-2", Now.AddMinutes(1), Lease, 10, None));
        Assert.Equal((1, "host-2", null), (again.Attempts, again.LeaseOwner, again.InFlightSince));
    }

    [Fact]
    public async Task CompleteAsync_Skipped_MovesBaselineButNotDeliveryTime()
    {
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1"), None);
        await Store.EnqueueAsync(Entry("s1", Today, "v3"), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);

        Assert.True(await Store.CompleteAsync("s1", Today, "host-1", OutboxState.Skipped, null, "nothing changed", Now, None));

        var entry = await SingleEntryAsync("s1");
        Assert.Equal((OutboxState.Skipped, "nothing changed", Now), (entry.State, entry.LastError, entry.CompletedAt));
        var subscription = await Store.FindSubscriptionAsync("s1", None);
        Assert.Equal(("v3", null), (subscription?.BaselineVersion, subscription?.LastDeliveredAt));
    }

    [Theory]
    [InlineData(OutboxState.Failed)]
    [InlineData(OutboxState.Parked)]
    [InlineData(OutboxState.InDoubt)]
    public async Task CompleteAsync_OtherEndStates_KeepsTheBaseline(OutboxState state)
    {
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1"), None);
        await Store.EnqueueAsync(Entry("s1", Today, "v3"), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);

        Assert.True(await Store.CompleteAsync("s1", Today, "host-1", state, 403, "403 Forbidden", Now, None));

        var entry = await SingleEntryAsync("s1");
        Assert.Equal((state, 403, "403 Forbidden"), (entry.State, entry.LastStatus, entry.LastError));
        Assert.Equal("v0", (await Store.FindSubscriptionAsync("s1", None))?.BaselineVersion);
    }

    [Fact]
    public async Task CompleteAsync_OwnerRules_EndOnlyEntriesThatAreNotOver()
    {
        await Store.EnqueueAsync(Entry("s1", Today), None);
        await Store.EnqueueAsync(Entry("s2", Today), None);

        Assert.False(await Store.CompleteAsync("s1", Today, "host-1", OutboxState.Failed, null, "x", Now, None));
        Assert.True(await Store.CompleteAsync("s1", Today, null, OutboxState.Failed, null, "operator", Now, None));
        Assert.False(await Store.CompleteAsync("s1", Today, null, OutboxState.Parked, null, "again", Now, None));
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);
        Assert.False(await Store.CompleteAsync("s2", Today, "host-2", OutboxState.Failed, null, "x", Now, None));
        Assert.True(await Store.CompleteAsync("s2", Today, null, OutboxState.InDoubt, null, "operator", Now, None));
        Assert.False(await Store.CompleteAsync("missing", Today, null, OutboxState.Failed, null, "x", Now, None));
    }

    [Theory]
    [InlineData(OutboxState.Pending)]
    [InlineData(OutboxState.Sending)]
    [InlineData(OutboxState.Sent)]
    public async Task CompleteAsync_NotAnEndState_Throws(OutboxState state)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.CompleteAsync("s1", Today, null, state, null, null, Now, None));
    }

    [Fact]
    public async Task ListOutboxAsync_Several_NewestDateFirstUpToMax()
    {
        await Store.EnqueueAsync(Entry("s1", Today.AddDays(-1)), None);
        await Store.EnqueueAsync(Entry("s2", Today), None);
        await Store.EnqueueAsync(Entry("s1", Today), None);
        await Store.EnqueueAsync(Entry("s1", Today.AddDays(-2)), None);

        var all = await Store.ListOutboxAsync(null, 3, None);
        var one = await Store.ListOutboxAsync("s1", 10, None);

        Assert.Equal([("s1", Today), ("s2", Today), ("s1", Today.AddDays(-1))], all.Select(e => (e.SubscriberId, e.DigestDate)));
        Assert.Equal([Today, Today.AddDays(-1), Today.AddDays(-2)], one.Select(e => e.DigestDate));
    }

    [Fact]
    public async Task CountOutboxAsync_Mixed_CountsEveryState()
    {
        for (var i = 0; i < 4; i++)
        {
            await Store.EnqueueAsync(Entry($"s{i}", Today), None);
        }

        await Store.ClaimDueAsync("host-1", Now, Lease, 2, None);
        await Store.MarkSentAsync("s0", Today, "host-1", null, Now, None);

        var counts = await Store.CountOutboxAsync(None);

        Assert.Equal(Enum.GetValues<OutboxState>().Length, counts.Count);
        Assert.Equal((2, 1, 1, 0), (counts[OutboxState.Pending], counts[OutboxState.Sending], counts[OutboxState.Sent], counts[OutboxState.Failed]));
    }
}
