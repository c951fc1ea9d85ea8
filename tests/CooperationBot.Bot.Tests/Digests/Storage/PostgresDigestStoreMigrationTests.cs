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
        var next = PostgresSchema.Migrations[^1].Version + 1;
        SchemaMigration[] longer = [new(next + 1, "second", "ALTER TABLE digest_probe ADD COLUMN b text"), .. PostgresSchema.Migrations, new(next, "first", "CREATE TABLE digest_probe (a text)")];
        await using var connection = await Postgres.Database.OpenAsync();

        var applied = await PostgresMigrator.ApplyAsync(connection, longer, Now.AddDays(1), None);

        Assert.Equal([next, next + 1], applied);
        Assert.Equal(Enumerable.Range(1, next + 1).Select(v => (long)v), (await ReadMigrationsAsync()).Select(m => m.Version));
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
