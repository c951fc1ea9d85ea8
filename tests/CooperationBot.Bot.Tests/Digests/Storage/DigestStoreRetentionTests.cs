using CooperationBot.Bot.Digests;

using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public abstract class DigestStoreRetentionTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    private static readonly IReadOnlyDictionary<string, string> Hashes = new Dictionary<string, string> { ["f1"] = "aa" };

    [Fact]
    public async Task PruneAsync_OldFinishedEntries_DeletedWithWhatOnlyTheyNeeded()
    {
        var old = Today.AddDays(-100);
        await Store.SaveSubscriptionAsync(Subscription("s1", "a:1") with { BaselineVersion = "v-baseline" }, None);
        await Store.SaveSubscriptionAsync(Subscription("s2", "a:2") with { BaselineVersion = "v-still-baseline" }, None);
        await Store.EnqueueAsync(Entry("s1", old, "v-old") with { ActivityJson = """{"type":"message","text":"old"}""", CreatedAt = Now.AddDays(-100) }, None);
        await Store.CompleteAsync("s1", old, null, OutboxState.Failed, 500, "gave up", Now.AddDays(-100), None);
        await Store.EnqueueAsync(Entry("s1", Today.AddDays(-1), "v-recent"), None);
        await Store.CompleteAsync("s1", Today.AddDays(-1), null, OutboxState.Skipped, null, "no changes", Now.AddDays(-1), None);
        await Store.EnqueueAsync(Entry("s1", Today, "v-open") with { CreatedAt = Now.AddDays(-100) }, None);
        foreach (var version in new[] { "v-old", "v-baseline", "v-still-baseline", "v-open", "v-recent", "v-unused" })
        {
            await Store.RecordKnowledgeVersionAsync(version, Hashes, Now.AddDays(-100), None);
        }

        await Store.RecordKnowledgeVersionAsync("v-newest", Hashes, Now.AddDays(-95), None);

        var deleted = await Store.PruneAsync(Now.AddDays(-90), None);

        Assert.Equal(1, deleted);
        var left = await Store.ListOutboxAsync("s1", 10, None);
        Assert.Equal([Today, Today.AddDays(-1)], left.Select(e => e.DigestDate));
        Assert.Equal("""{"type":"message","text":"digest s1"}""", left[0].ActivityJson);
        Assert.Null(await Store.GetKnowledgeHashesAsync("v-old", None));
        Assert.Null(await Store.GetKnowledgeHashesAsync("v-unused", None));

        // The skipped digest moved the baseline from v-baseline to v-recent, so nothing needs v-baseline any more.
        Assert.Equal("v-recent", (await Store.FindSubscriptionAsync("s1", None))?.BaselineVersion);
        Assert.Null(await Store.GetKnowledgeHashesAsync("v-baseline", None));
        foreach (var kept in new[] { "v-still-baseline", "v-open", "v-recent", "v-newest" })
        {
            Assert.Equal(Hashes, await Store.GetKnowledgeHashesAsync(kept, None));
        }
    }

    [Fact]
    public async Task PruneAsync_NothingOld_DeletesNothing()
    {
        await Store.EnqueueAsync(Entry("s1", Today), None);

        Assert.Equal(0, await Store.PruneAsync(Now.AddDays(-90), None));
        Assert.Single(await Store.ListOutboxAsync(null, 10, None));
    }
}
