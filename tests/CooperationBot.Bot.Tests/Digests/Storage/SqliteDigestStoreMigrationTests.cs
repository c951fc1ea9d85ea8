using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Tests.Storage;
using CooperationBot.Testing.Storage;
using Microsoft.Data.Sqlite;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class SqliteDigestStoreMigrationTests() : DigestStoreMigrationTests(new SqliteStoreBackend())
{
    private TempDatabase Database => ((SqliteStoreBackend)Backend).Database;

    [Fact]
    public async Task MigrateAsync_NewFile_CreatesTheFolder()
    {
        await Store.MigrateAsync(None);

        Assert.True(File.Exists(Database.FilePath));
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
    public async Task ApplyAsync_LongerList_AppliesOnlyTheMissingStepsInOrder()
    {
        await Store.MigrateAsync(None);
        var next = DigestSchema.Migrations[^1].Version + 1;
        SchemaMigration[] longer = [new(next + 1, "second", "ALTER TABLE digest_probe ADD COLUMN b TEXT"), .. DigestSchema.Migrations, new(next, "first", "CREATE TABLE digest_probe (a TEXT)")];
        using var connection = Database.Open();

        var applied = await SqliteMigrator.ApplyAsync(connection, longer, Now.AddDays(1), None);

        Assert.Equal([next, next + 1], applied);
        Assert.Equal(Enumerable.Range(1, next + 1).Select(v => (long)v), (await ReadMigrationsAsync()).Select(m => m.Version));
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
}
