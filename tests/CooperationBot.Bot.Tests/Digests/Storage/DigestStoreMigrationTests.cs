using CooperationBot.Bot.Storage;
using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>Migration at start-up, on both providers; the provider's own steps are tested in its sealed class.</summary>
public abstract class DigestStoreMigrationTests(StoreBackend backend) : DigestStoreFixture(backend)
{
    private const string AppliedAt = "2026-11-30T06:00:00.0000000Z";

    [Fact]
    public async Task MigrateAsync_NewDatabase_RecordsEveryVersion()
    {
        await Store.MigrateAsync(None);

        Assert.Equal(Backend.SchemaVersions.Select(v => (v, AppliedAt)), await ReadMigrationsAsync());
    }

    [Fact]
    public async Task MigrateAsync_Twice_AppliesOnce()
    {
        await Store.MigrateAsync(None);
        Time.Advance(TimeSpan.FromHours(1));

        await Store.MigrateAsync(None);
        await CreateStore().MigrateAsync(None);

        Assert.Equal(Backend.SchemaVersions.Select(v => (v, AppliedAt)), await ReadMigrationsAsync());
    }

    [Fact]
    public async Task MigrateAsync_FourStoresAtOnce_AllSucceedAndApplyOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => CreateStore()).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.MigrateAsync(None))));

        Assert.Equal(Backend.SchemaVersions, (await ReadMigrationsAsync()).Select(m => m.Version));
    }

    [Fact]
    public async Task FindSubscriptionAsync_WithoutMigrate_MigratesFirst()
    {
        Assert.Null(await Store.FindSubscriptionAsync("personal:t:u", None));

        Assert.Equal(Backend.SchemaVersions, (await ReadMigrationsAsync()).Select(m => m.Version));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseOfTheFeedbackStore_KeepsItsTables()
    {
        var feedback = Backend.CreateFeedbackStore(Time);
        await feedback.RecordAnswerAsync(new AnswerRecord("m1", "Wat?", "nl", true, ["a"], "v1", Now), None);

        await Store.MigrateAsync(None);
        await Store.SaveSubscriptionAsync(Subscription("personal:t:u", "a:1"), None);

        Assert.NotNull(await feedback.FindAnswerAsync("m1", None));
        Assert.NotNull(await Store.FindSubscriptionAsync("personal:t:u", None));
    }

    protected async Task<List<(long Version, string AppliedAt)>> ReadMigrationsAsync() =>
        [.. (await Backend.QueryAsync("SELECT version, applied_at FROM schema_migrations ORDER BY version"))
            .Select(row => (Convert.ToInt64(row[0], System.Globalization.CultureInfo.InvariantCulture), (string)row[1]!))];
}
