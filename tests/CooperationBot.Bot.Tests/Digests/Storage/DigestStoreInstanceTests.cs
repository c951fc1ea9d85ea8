using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public abstract class DigestStoreInstanceTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    private static readonly TimeSpan Live = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task HeartbeatAsync_OneInstance_CountsOne()
    {
        Assert.Equal(1, await LiveAsync(Store, "a", Now));
        Assert.Equal(1, await LiveAsync(Store, "a", Now.AddSeconds(30)));
    }

    [Fact]
    public async Task HeartbeatAsync_TwoInstancesOnOneFile_CountsBoth()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);

        Assert.Equal(2, await LiveAsync(CreateStore(), "b", Now.AddSeconds(10)));
    }

    [Fact]
    public async Task HeartbeatAsync_InstanceNotSeenWithinTheWindow_IsForgotten()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);

        Assert.Equal(1, await LiveAsync(Store, "b", Now.AddMinutes(2)));
        Assert.Equal(2, await LiveAsync(Store, "a", Now.AddMinutes(2)));
    }

    [Fact]
    public async Task HeartbeatAsync_EightInstancesAtOnce_EachCountsThoseBeforeIt()
    {
        // Instances that start together must not all see themselves alone (each would take the whole send budget).
        var counts = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => LiveAsync(CreateStore(), $"host-{i}", Now))));

        Assert.Equal(Enumerable.Range(1, 8), counts.Order());
    }

    [Fact]
    public async Task LeaveAsync_OtherInstance_IsNoLongerCounted()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);
        await Store.HeartbeatAsync("b", Now, Live, None);

        await Store.LeaveAsync("a", None);

        Assert.Equal(1, await LiveAsync(Store, "b", Now.AddSeconds(1)));
    }

    [Fact]
    public async Task HeartbeatAsync_AnotherInstanceJoined_TheFirstLagsUntilItsNextHeartbeat()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);

        Assert.Equal(new InstanceCensus(2, 1), await Store.HeartbeatAsync("b", Now.AddSeconds(1), Live, None));
        Assert.Equal(new InstanceCensus(2, 1), await Store.HeartbeatAsync("b", Now.AddSeconds(2), Live, None));
        Assert.Equal(new InstanceCensus(2, 0), await Store.HeartbeatAsync("a", Now.AddSeconds(3), Live, None));
        Assert.Equal(new InstanceCensus(2, 0), await Store.HeartbeatAsync("b", Now.AddSeconds(4), Live, None));
    }

    [Fact]
    public async Task HeartbeatAsync_ThirdInstanceJoined_BothEarlierOnesLagUntilEachBeats()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);
        await Store.HeartbeatAsync("b", Now, Live, None);
        await Store.HeartbeatAsync("a", Now, Live, None);

        Assert.Equal(new InstanceCensus(3, 2), await Store.HeartbeatAsync("c", Now.AddSeconds(1), Live, None));
        await Store.HeartbeatAsync("b", Now.AddSeconds(2), Live, None);
        Assert.Equal(new InstanceCensus(3, 1), await Store.HeartbeatAsync("c", Now.AddSeconds(3), Live, None));
        await Store.HeartbeatAsync("a", Now.AddSeconds(4), Live, None);
        Assert.Equal(new InstanceCensus(3, 0), await Store.HeartbeatAsync("c", Now.AddSeconds(5), Live, None));
    }

    [Fact]
    public async Task HeartbeatAsync_AnInstanceLeft_TheOthersCountedMoreAndDoNotLag()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);
        await Store.HeartbeatAsync("b", Now, Live, None);
        await Store.HeartbeatAsync("c", Now, Live, None);
        await Store.HeartbeatAsync("a", Now, Live, None);
        await Store.HeartbeatAsync("b", Now, Live, None);

        await Store.LeaveAsync("c", None);

        // a and b still send under a third of the budget (they counted three): that is within the share of two.
        Assert.Equal(new InstanceCensus(2, 0), await Store.HeartbeatAsync("a", Now.AddSeconds(1), Live, None));
    }

    [Fact]
    public async Task CheckAsync_NewDatabase_MigratesAndSucceeds()
    {
        await Store.CheckAsync(None);

        Assert.Equal(Backend.SchemaVersions.Count, (await Backend.QueryAsync("SELECT version FROM schema_migrations")).Count);
    }

    private static async Task<int> LiveAsync(IDigestStore store, string owner, DateTimeOffset now) =>
        (await store.HeartbeatAsync(owner, now, Live, None)).Live;
}
