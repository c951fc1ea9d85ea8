using Npgsql;

namespace CooperationBot.Testing.Storage;

/// <summary>
/// A new, empty database on the local PostgreSQL server, dropped on dispose. The server is the one
/// <c>tests/postgres/ensure-postgres.sh</c> starts (run by <c>tests/run-all.sh</c> and CI); the environment variable
/// <c>COOPERATIONBOT_TEST_POSTGRES</c> names another (a connection string whose role may create databases). When no
/// server answers, creating one fails with a message that says how to start it: the tests do not skip.
/// </summary>
public sealed class TempPostgresDatabase : IAsyncDisposable
{
    /// <summary>The variable that overrides <see cref="DefaultServer"/>.</summary>
    public const string ServerVariable = "COOPERATIONBOT_TEST_POSTGRES";

    /// <summary>The role and server that <c>tests/postgres/ensure-postgres.sh</c> creates.</summary>
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=cooperationbot;Password=cooperationbot-test;Database=postgres";

    private TempPostgresDatabase(string server, string name)
    {
        Server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The connection string of the server's maintenance database (used to create and drop).</summary>
    public string Server { get; }

    /// <summary>The database's name (<c>cb_test_</c> and a random suffix).</summary>
    public string Name { get; }

    /// <summary>The connection string of this database, for <c>ConnectionStrings:Store</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a new database on the test server.</summary>
    public static async Task<TempPostgresDatabase> CreateAsync()
    {
        var server = ServerConnectionString();
        var name = $"cb_test_{Guid.NewGuid():N}";
        try
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL server for the tests ({exception.Message}). Start one with 'bash tests/postgres/ensure-postgres.sh', "
                + $"or set {ServerVariable} to a connection string whose role may create databases.",
                exception);
        }

        return new TempPostgresDatabase(server, name);
    }

    /// <summary>The connection string of the test server's maintenance database: <see cref="ServerVariable"/> or <see cref="DefaultServer"/>.</summary>
    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : DefaultServer;

    /// <summary>Opens a connection of its own on this database, to look at it directly.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Drops the database, closing what is still connected to it. A session the test role may not end (a server's
    /// background worker on the database, on a server where the role lacks pg_signal_backend) is waited out: up to
    /// ten tries, a tenth of a second apart.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException exception) when (attempt < 10 && exception.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }
}
