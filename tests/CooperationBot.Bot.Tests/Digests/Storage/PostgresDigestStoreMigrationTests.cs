using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Storage;
using CooperationBot.Bot.Tests.Storage;
using Npgsql;

namespace CooperationBot.Bot.Tests.Digests.Storage;

public sealed class PostgresDigestStoreMigrationTests() : DigestStoreMigrationTests(new PostgresStoreBackend())
{
    private PostgresStoreBackend Postgres => (PostgresStoreBackend)Backend;

    [Fact]
    public async Task ApplyAsync_LongerList_AppliesOnlyTheMissingStepsInOrder()
    {
        await Store.MigrateAsync(None);
        SchemaMigration[] longer = [new(9, "nine", "ALTER TABLE digest_probe ADD COLUMN b text"), .. PostgresSchema.Migrations, new(8, "eight", "CREATE TABLE digest_probe (a text)")];
        await using var connection = await Postgres.Database.OpenAsync();

        var applied = await PostgresMigrator.ApplyAsync(connection, longer, Now.AddDays(1), None);

        Assert.Equal([8, 9], applied);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L], (await ReadMigrationsAsync()).Select(m => m.Version));
    }

    [Fact]
    public async Task ApplyAsync_FailingStep_RollsBackEveryStep()
    {
        SchemaMigration[] broken = [PostgresSchema.V1, new(2, "broken", "CREATE TABLE digest_outbox (a text)")];
        await using var connection = await Postgres.Database.OpenAsync();

        await Assert.ThrowsAsync<PostgresException>(() => PostgresMigrator.ApplyAsync(connection, broken, Now, None));

        Assert.Empty(await PostgresMigrator.ReadVersionsAsync(connection, null, None));
        Assert.Equal([false], Assert.Single(await Backend.QueryAsync("SELECT to_regclass('digest_subscriptions') IS NOT NULL")));
    }

    [Fact]
    public async Task ApplyAsync_AnotherInstanceHoldsTheMigrationLock_WaitsForIt()
    {
        await using var holder = await Postgres.Database.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostgresMigrator.LockKey})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var migration = Store.MigrateAsync(None);
        await Postgres.WaitForLockWaitersAsync();
        Assert.False(migration.IsCompleted);
        await transaction.CommitAsync();

        await migration;
        Assert.Equal(Backend.SchemaVersions, (await ReadMigrationsAsync()).Select(m => m.Version));
    }
}
