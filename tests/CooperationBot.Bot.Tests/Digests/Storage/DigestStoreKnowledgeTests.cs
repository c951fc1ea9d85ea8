using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public abstract class DigestStoreKnowledgeTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    [Fact]
    public async Task RecordKnowledgeVersionAsync_ThenGet_RoundTripsTheHashes()
    {
        var hashes = new Dictionary<string, string> { ["terugkeer-125"] = "h1", ["laissez-passers"] = "h2" };

        await Store.RecordKnowledgeVersionAsync("v1", hashes, Now, None);

        Assert.Equal(hashes, await CreateStore().GetKnowledgeHashesAsync("v1", None));
    }

    [Fact]
    public async Task GetKnowledgeHashesAsync_UnknownOrEmptyVersion_NullOrEmpty()
    {
        await Store.RecordKnowledgeVersionAsync("empty", new Dictionary<string, string>(), Now, None);

        Assert.Null(await Store.GetKnowledgeHashesAsync("unknown", None));
        Assert.Empty(await Store.GetKnowledgeHashesAsync("empty", None) ?? throw new InvalidOperationException("empty is known"));
    }

    [Fact]
    public async Task RecordKnowledgeVersionAsync_KnownVersion_KeepsTheFirstHashes()
    {
        await Store.RecordKnowledgeVersionAsync("v1", new Dictionary<string, string> { ["a"] = "h1" }, Now, None);

        await CreateStore().RecordKnowledgeVersionAsync("v1", new Dictionary<string, string> { ["a"] = "other", ["b"] = "h2" }, Now, None);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "h1" }, await Store.GetKnowledgeHashesAsync("v1", None));
    }
}
