using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Storage;

/// <summary>
/// A fresh database of one provider for the store contract tests: creates stores on it (each like another process),
/// runs raw queries to look inside, and on dispose closes the stores it made and deletes the database.
/// </summary>
public abstract class StoreBackend : IAsyncDisposable
{
    private readonly List<object> _stores = [];

    /// <summary>The provider, as in <c>Store:Provider</c>.</summary>
    public abstract string Provider { get; }

    /// <summary>The schema versions a migrated database records.</summary>
    public abstract IReadOnlyList<long> SchemaVersions { get; }

    /// <summary>The connection string of the database (valid after <see cref="InitializeAsync"/>).</summary>
    public abstract string ConnectionString { get; }

    /// <summary>Creates the database.</summary>
    public abstract Task InitializeAsync();

    /// <summary>A digest store on the database.</summary>
    public IDigestStore CreateDigestStore(TimeProvider time) => Track<IDigestStore>(Provider == StoreOptions.Postgres
        ? new PostgresDigestStore(Options(), time)
        : new SqliteDigestStore(Options(), time));

    /// <summary>A feedback store on the database.</summary>
    public IFeedbackStore CreateFeedbackStore(TimeProvider time) => Track<IFeedbackStore>(Provider == StoreOptions.Postgres
        ? new PostgresFeedbackStore(Options(), time)
        : new SqliteFeedbackStore(Options()));

    /// <summary>A knowledge gap store on the database (the feedback store of the provider).</summary>
    public IKnowledgeGapStore CreateGapStore(TimeProvider time) => (IKnowledgeGapStore)CreateFeedbackStore(time);

    /// <summary>Runs a query on a connection of its own and returns every row's values.</summary>
    public abstract Task<List<object?[]>> QueryAsync(string sql);

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        await DeleteDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract ValueTask DeleteDatabaseAsync();

    /// <summary>Reads every row of <paramref name="reader"/>.</summary>
    protected static async Task<List<object?[]>> ReadAllAsync(System.Data.Common.DbDataReader reader)
    {
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private IOptions<StoreOptions> Options() =>
        Microsoft.Extensions.Options.Options.Create(new StoreOptions { Provider = Provider, ConnectionString = ConnectionString });

    private T Track<T>(T store)
        where T : class
    {
        lock (_stores)
        {
            _stores.Add(store);
        }

        return store;
    }
}
