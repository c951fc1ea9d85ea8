using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public abstract class DigestStoreInstanceTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    private static readonly TimeSpan Live = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task HeartbeatAsync_OneInstance_CountsOne()
    {
        Assert.Equal(1, await Store.HeartbeatAsync("a", Now, Live, None));
        Assert.Equal(1, await Store.HeartbeatAsync("a", Now.AddSeconds(30), Live, None));
    }

    [Fact]
    public async Task HeartbeatAsync_TwoInstancesOnOneFile_CountsBoth()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);

        Assert.Equal(2, await CreateStore().HeartbeatAsync("b", Now.AddSeconds(10), Live, None));
    }

    [Fact]
    public async Task HeartbeatAsync_InstanceNotSeenWithinTheWindow_IsForgotten()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);

        Assert.Equal(1, await Store.HeartbeatAsync("b", Now.AddMinutes(2), Live, None));
        Assert.Equal(2, await Store.HeartbeatAsync("a", Now.AddMinutes(2), Live, None));
    }

    [Fact]
    public async Task HeartbeatAsync_EightInstancesAtOnce_EachCountsThoseBeforeIt()
    {
        // Instances that start together must not all see themselves alone (each would take the whole send budget).
        var counts = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => CreateStore().HeartbeatAsync($"host-{i}", Now, Live, None))));

        Assert.Equal(Enumerable.Range(1, 8), counts.Order());
    }

    [Fact]
    public async Task LeaveAsync_OtherInstance_IsNoLongerCounted()
    {
        await Store.HeartbeatAsync("a", Now, Live, None);
        await Store.HeartbeatAsync("b", Now, Live, None);

        await Store.LeaveAsync("a", None);

        Assert.Equal(1, await Store.HeartbeatAsync("b", Now.AddSeconds(1), Live, None));
    }

    [Fact]
    public async Task CheckAsync_NewDatabase_MigratesAndSucceeds()
    {
        await Store.CheckAsync(None);

        Assert.Equal(Backend.SchemaVersions.Count, (await Backend.QueryAsync("SELECT version FROM schema_migrations")).Count);
    }
}
