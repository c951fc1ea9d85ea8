using CooperationBot.Bot.Storage;
using CooperationBot.Testing.Storage;

namespace CooperationBot.Bot.Tests.Storage;

/// <summary>A SQLite file in a temporary folder (<see cref="TempDatabase"/>).</summary>
public sealed class SqliteStoreBackend : StoreBackend
{
    public TempDatabase Database { get; } = new();

    public override string Provider => StoreOptions.Sqlite;

    public override IReadOnlyList<long> SchemaVersions { get; } = [1, 2, 3, 4, 5];

    public override string ConnectionString => Database.ConnectionString;

    public override Task InitializeAsync() => Task.CompletedTask;

    public override async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = Database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        return await ReadAllAsync(reader);
    }

    protected override ValueTask DeleteDatabaseAsync()
    {
        Database.Dispose();
        return ValueTask.CompletedTask;
    }
}
