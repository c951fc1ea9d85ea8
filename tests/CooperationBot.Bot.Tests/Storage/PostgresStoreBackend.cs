using CooperationBot.Bot.Storage;
using CooperationBot.Testing.Storage;
using Npgsql;

namespace CooperationBot.Bot.Tests.Storage;

/// <summary>A new database on the local PostgreSQL test server (<see cref="TempPostgresDatabase"/>); fails when none runs.</summary>
public sealed class PostgresStoreBackend : StoreBackend
{
    private TempPostgresDatabase? _database;

    public TempPostgresDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public override string Provider => StoreOptions.Postgres;

    public override IReadOnlyList<long> SchemaVersions { get; } = [1, 2, 3, 4, 5, 6, 7, 8];

    public override string ConnectionString => Database.ConnectionString;

    public override async Task InitializeAsync() => _database = await TempPostgresDatabase.CreateAsync();

    public override async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await ReadAllAsync(reader);
    }

    /// <summary>
    /// Polls (no sleeping, at most 30 s) until <paramref name="sessions"/> sessions of this database wait for a lock
    /// (a row another transaction holds, an advisory lock, ...).
    /// </summary>
    public async Task WaitForLockWaitersAsync(int sessions = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        const string Waiting = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        while ((long)(await QueryAsync(Waiting))[0][0]! < sessions)
        {
            timeout.Token.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }

    protected override async ValueTask DeleteDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
