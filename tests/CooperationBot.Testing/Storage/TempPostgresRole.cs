using Npgsql;

namespace CooperationBot.Testing.Storage;

/// <summary>
/// A new login role on the local PostgreSQL test server (the server of <see cref="TempPostgresDatabase"/>) with a
/// password the test chooses, dropped on dispose. Create it before the databases it is given, so that they are
/// dropped first (a role that owns objects cannot be dropped). The test server's role needs CREATEROLE, which
/// <c>tests/postgres/ensure-postgres.sh</c> gives it.
/// </summary>
public sealed class TempPostgresRole : IAsyncDisposable
{
    private readonly string _server;

    private TempPostgresRole(string server, string name)
    {
        _server = server;
        Name = name;
    }

    /// <summary>The role's name (<c>cb_test_role_</c> and a random suffix).</summary>
    public string Name { get; }

    /// <summary>Creates the role with <paramref name="password"/>.</summary>
    public static async Task<TempPostgresRole> CreateAsync(string password)
    {
        var server = TempPostgresDatabase.ServerConnectionString();
        var role = new TempPostgresRole(server, $"cb_test_role_{Guid.NewGuid():N}");
        await ExecuteAsync(server, $"CREATE ROLE {role.Name} LOGIN PASSWORD {Literal(password)}");
        return role;
    }

    /// <summary>Lets the role create tables in <paramref name="database"/> (its schema public).</summary>
    public Task GrantAsync(TempPostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return ExecuteAsync(database.ConnectionString, $"GRANT ALL ON SCHEMA public TO {Name}");
    }

    /// <summary>Changes the role's password; sessions already signed in stay.</summary>
    public Task SetPasswordAsync(string password) => ExecuteAsync(_server, $"ALTER ROLE {Name} PASSWORD {Literal(password)}");

    /// <summary>
    /// A connection string for <paramref name="database"/> that signs in as this role without a password, in the shape
    /// of a deployment with a managed identity (<c>Host=...;Database=...;Username=...;SSL Mode=Require</c>).
    /// </summary>
    public string ConnectionStringWithoutPassword(TempPostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = Name, SslMode = SslMode.Require };
        builder.Remove("Password");
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync(_server, $"DROP ROLE IF EXISTS {Name}");

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
