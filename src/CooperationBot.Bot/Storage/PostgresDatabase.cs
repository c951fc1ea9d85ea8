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
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile bool _migrated;

    public PostgresDatabase(string connectionString, TimeProvider time)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _time = time;
    }

    /// <summary>Applies the missing migrations (every time it is called; safe when other instances do the same).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await MigrateNowAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _migration.Release();
        }
    }

    /// <summary>An open connection on a migrated schema.</summary>
    public async Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await _migration.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_migrated)
                {
                    await MigrateNowAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _migration.Release();
            }
        }

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
        _migrated = true;
    }
}
