using Microsoft.Data.Sqlite;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// Applies the missing migrations of a list in one <c>BEGIN IMMEDIATE</c> transaction (a non-deferred Microsoft.Data.Sqlite transaction), so that two processes that
/// start at once serialize: the second one waits for the first, then finds every step applied.
/// </summary>
internal static class SqliteMigrator
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            applied_at TEXT NOT NULL)
        """;

    /// <summary>Applies what is missing; returns the versions applied now (none when the schema was current).</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(
        SqliteConnection connection, IReadOnlyList<SchemaMigration> migrations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateTable;
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = await ReadVersionsAsync(connection, cancellationToken).ConfigureAwait(false);
        var appliedNow = new List<int>();
        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = migration.Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            command.CommandText = "INSERT INTO schema_migrations (version, applied_at) VALUES ($version, $at)";
            command.Parameters.AddWithValue("$version", migration.Version);
            command.Parameters.AddWithValue("$at", StoreValues.Instant(now));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            appliedNow.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return appliedNow;
    }

    /// <summary>The versions recorded in <c>schema_migrations</c> (empty when the table does not exist).</summary>
    public static async Task<HashSet<int>> ReadVersionsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            return [];
        }

        command.CommandText = "SELECT version FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
