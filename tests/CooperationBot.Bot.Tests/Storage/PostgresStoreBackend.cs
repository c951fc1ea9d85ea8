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

    public override IReadOnlyList<long> SchemaVersions { get; } = [1, 2, 3, 4, 5];

    public override string ConnectionString => Database.ConnectionString;

    public override async Task InitializeAsync() => _database = await TempPostgresDatabase.CreateAsync();

    public override async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await ReadAllAsync(reader);
    }

    protected override async ValueTask DeleteDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
