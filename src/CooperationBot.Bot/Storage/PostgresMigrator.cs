using CooperationBot.Bot.Digests.Storage;
using Npgsql;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// Applies the missing migrations of a list in one transaction that first takes a transaction-level advisory lock, so
/// that instances starting at once serialize: the next one waits for the first to commit, then finds every step
/// applied. A failing step rolls back every step of the run.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>The advisory lock key of the migrations ("CoopBot" in ASCII); any other user of the database must not take it.</summary>
    public const long LockKey = 0x0043_6F6F_7042_6F74;

    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY,
            applied_at text NOT NULL)
        """;

    /// <summary>Applies what is missing; returns the versions applied now (none when the schema was current).</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(
        NpgsqlConnection connection, IReadOnlyList<SchemaMigration> migrations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var setup = new NpgsqlCommand($"SELECT pg_advisory_xact_lock(@key); {CreateTable};", connection, transaction))
        {
            setup.Parameters.AddWithValue("key", LockKey);
            await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = await ReadVersionsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var appliedNow = new List<int>();
        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            await using (var step = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @at)", connection, transaction);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("at", StoreValues.Instant(now));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            appliedNow.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return appliedNow;
    }

    /// <summary>The versions recorded in <c>schema_migrations</c> (empty when the table does not exist).</summary>
    public static async Task<HashSet<int>> ReadVersionsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection, transaction);
        var versions = new HashSet<int>();
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
        {
            return versions;
        }

        command.CommandText = "SELECT version FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
