using CooperationBot.Bot.Digests.Storage;
using Npgsql;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// One PostgreSQL database for a store: its connection pool (an <see cref="NpgsqlDataSource"/>, disposed with this)
/// and the schema of <see cref="PostgresSchema"/>, migrated by <see cref="MigrateAsync"/> or before the first
/// connection.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly MigrationGate _migration = new();

    public PostgresDatabase(string connectionString, TimeProvider time)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _time = time;
    }

    /// <summary>Applies the missing migrations (every time it is called; safe when other instances do the same).</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) => _migration.RunAsync(MigrateNowAsync, cancellationToken);

    /// <summary>An open connection on a migrated schema.</summary>
    public async Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await _migration.EnsureAsync(MigrateNowAsync, cancellationToken).ConfigureAwait(false);
        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _migration.Dispose();
        return _dataSource.DisposeAsync();
    }

    public void Dispose()
    {
        _migration.Dispose();
        _dataSource.Dispose();
    }

    private async Task MigrateNowAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresMigrator.ApplyAsync(connection, PostgresSchema.Migrations, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
