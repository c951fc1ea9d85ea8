using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class SqliteDigestStoreMigrationTests : DigestStoreFixture
{
    [Fact]
    public async Task MigrateAsync_NewFile_CreatesFolderAndRecordsEveryVersion()
    {
        await Store.MigrateAsync(None);

        Assert.True(File.Exists(Database.FilePath));
        Assert.Equal([(1L, "2026-11-30T06:00:00.0000000Z"), (2L, "2026-11-30T06:00:00.0000000Z")], ReadMigrations());
    }

    [Fact]
    public async Task MigrateAsync_Twice_AppliesOnce()
    {
        await Store.MigrateAsync(None);
        Time.Advance(TimeSpan.FromHours(1));

        await Store.MigrateAsync(None);
        await CreateStore().MigrateAsync(None);

        Assert.Equal([(1L, "2026-11-30T06:00:00.0000000Z"), (2L, "2026-11-30T06:00:00.0000000Z")], ReadMigrations());
    }

    [Fact]
    public async Task MigrateAsync_FourStoresAtOnce_AllSucceedAndApplyOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => CreateStore()).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.MigrateAsync(None))));

        Assert.Equal([1L, 2L], ReadMigrations().Select(m => m.Version));
    }

    [Fact]
    public async Task MigrateAsync_NewFile_UsesWriteAheadLog()
    {
        await Store.MigrateAsync(None);

        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task FindSubscriptionAsync_WithoutMigrate_MigratesFirst()
    {
        Assert.Null(await Store.FindSubscriptionAsync("personal:t:u", None));

        Assert.Equal([1L, 2L], ReadMigrations().Select(m => m.Version));
    }

    [Fact]
    public async Task MigrateAsync_FileOfTheFeedbackStore_KeepsItsTables()
    {
        var feedback = new SqliteFeedbackStore(Options.Create(new StoreOptions { ConnectionString = Database.ConnectionString }));
        await feedback.RecordAnswerAsync(new AnswerRecord("m1", "Wat?", "nl", true, ["a"], "v1", Now), None);

        await Store.MigrateAsync(None);
        await Store.SaveSubscriptionAsync(Subscription("personal:t:u", "a:1"), None);

        Assert.NotNull(await feedback.FindAnswerAsync("m1", None));
        Assert.NotNull(await Store.FindSubscriptionAsync("personal:t:u", None));
    }

    [Fact]
    public async Task ApplyAsync_LongerList_AppliesOnlyTheMissingStepsInOrder()
    {
        await Store.MigrateAsync(None);
        SchemaMigration[] longer =
        [
            new(4, "four", "ALTER TABLE digest_probe ADD COLUMN b TEXT"),
            DigestSchema.V1,
            new(3, "three", "CREATE TABLE digest_probe (a TEXT)"),
            DigestSchema.V2,
        ];
        using var connection = Database.Open();

        var applied = await SqliteMigrator.ApplyAsync(connection, longer, Now.AddDays(1), None);

        Assert.Equal([3, 4], applied);
        Assert.Equal([1L, 2L, 3L, 4L], ReadMigrations().Select(m => m.Version));
    }

    [Fact]
    public async Task ApplyAsync_FailingStep_RollsBackEveryStep()
    {
        SchemaMigration[] broken = [DigestSchema.V1, new(2, "broken", "CREATE TABLE digest_outbox (a TEXT)")];
        using var connection = Database.Open();

        await Assert.ThrowsAsync<SqliteException>(() => SqliteMigrator.ApplyAsync(connection, broken, Now, None));

        Assert.Empty(await SqliteMigrator.ReadVersionsAsync(connection, None));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'digest_subscriptions'";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    private List<(long Version, string AppliedAt)> ReadMigrations()
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, applied_at FROM schema_migrations ORDER BY version";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
    }
}
