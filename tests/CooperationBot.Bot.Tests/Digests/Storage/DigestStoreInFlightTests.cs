using CooperationBot.Bot.Digests;

using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>
/// The in-flight mark is the last check before a connector call: it must be given once per claim, and only while the
/// lease holds, or one process could send one digest twice.
/// </summary>
public abstract class DigestStoreInFlightTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task MarkInFlightAsync_AlreadyInFlight_ReturnsFalseAndCountsOneAttempt()
    {
        await Store.EnqueueAsync(Entry("s1", Today), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);

        Assert.True(await Store.MarkInFlightAsync("s1", Today, "host-1", Now, None));
        Assert.False(await Store.MarkInFlightAsync("s1", Today, "host-1", Now.AddMilliseconds(10), None));

        var entry = await SingleEntryAsync("s1");
        Assert.Equal((1, Now), (entry.Attempts, entry.InFlightSince));
    }

    [Fact]
    public async Task MarkInFlightAsync_SameOwnerClaimedAgainAfterItsLeaseEnded_OnlyOneCopyStarts()
    {
        // The owner's first claim waited in its queue past the lease; its next claim took the entry again, so the
        // owner now holds two copies of one claim. Only the first to start may send.
        await Store.EnqueueAsync(Entry("s1", Today), None);
        var first = Assert.Single(await Store.ClaimDueAsync("host-1", Now, Lease, 10, None));
        var later = Now + Lease + TimeSpan.FromSeconds(1);
        var second = Assert.Single(await Store.ClaimDueAsync("host-1", later, Lease, 10, None));
        Assert.Equal(first.SubscriberId, second.SubscriberId);

        Assert.True(await Store.MarkInFlightAsync("s1", Today, "host-1", later, None));
        Assert.False(await Store.MarkInFlightAsync("s1", Today, "host-1", later, None));
        Assert.Equal(1, (await SingleEntryAsync("s1")).Attempts);
    }

    [Fact]
    public async Task MarkInFlightAsync_LeaseEnded_ReturnsFalseAndTheNextClaimReturnsTheEntry()
    {
        await Store.EnqueueAsync(Entry("s1", Today), None);
        await Store.ClaimDueAsync("host-1", Now, Lease, 10, None);
        var late = Now + Lease + TimeSpan.FromTicks(1);

        Assert.False(await Store.MarkInFlightAsync("s1", Today, "host-1", late, None));

        var again = Assert.Single(await CreateStore().ClaimDueAsync("host-2", late, Lease, 10, None));
        Assert.Equal((OutboxState.Sending, 0), (again.State, again.Attempts));
    }
}
