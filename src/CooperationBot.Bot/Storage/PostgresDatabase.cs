using CooperationBot.Bot.Digests.Storage;
using Npgsql;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// One PostgreSQL database for a store: its connection pool (an <see cref="NpgsqlDataSource"/>, disposed with this)
/// and the schema of <see cref="PostgresSchema"/>, migrated by <see cref="MigrateAsync"/> or before the first
/// connection. With <c>Store:Authentication=ManagedIdentity</c> the pool signs in with the token of a
/// <see cref="PostgresAccessTokenPassword"/>.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly MigrationGate _migration = new();

    public PostgresDatabase(StoreOptions options, PostgresAccessTokenPassword? tokenPassword, TimeProvider time)
    {
        _dataSource = CreateDataSource(options, tokenPassword);
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

    private static NpgsqlDataSource CreateDataSource(StoreOptions options, PostgresAccessTokenPassword? tokenPassword)
    {
        if (!options.UsesManagedIdentity)
        {
            return NpgsqlDataSource.Create(options.ConnectionString);
        }

        if (tokenPassword is null)
        {
            throw new InvalidOperationException(
                $"Store:Authentication is {StoreOptions.ManagedIdentityAuthentication}, but the bot has no managed identity to sign in with: "
                + "set MicrosoftAppType=UserAssignedMSI and MicrosoftAppId to the identity's client id.");
        }

        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        tokenPassword.Apply(builder);
        return builder.Build();
    }

    private async Task MigrateNowAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresMigrator.ApplyAsync(connection, PostgresSchema.Migrations, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
