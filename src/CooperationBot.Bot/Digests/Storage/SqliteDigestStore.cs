using CooperationBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// The digest store on a SQLite file (by default the one the feedback store uses). Safe for several processes on
/// one file: WAL journal, a busy timeout, and every read-modify-write in one <c>BEGIN IMMEDIATE</c> transaction.
/// The schema (<see cref="DigestSchema"/>) is migrated by <see cref="MigrateAsync"/>, or lazily by the first call.
/// </summary>
/// <remarks>
/// Choices the interface leaves open: <see cref="EndSubscriptionAsync"/> drops only Pending entries and keeps
/// the history of the others; an ended entry (Sent, Skipped, Failed, Parked, InDoubt) keeps its last lease owner
/// for diagnosis; delivery bookkeeping (enqueue, sent, skipped) does not change a subscription's UpdatedAt.
/// </remarks>
public sealed partial class SqliteDigestStore : IDigestStore
{
    /// <summary>
    /// Per connection: wait up to 5 s for another process's write lock (SQLite's own back-off), and with WAL sync
    /// at checkpoints only (a commit survives a process crash; a power cut may lose the last commits).
    /// </summary>
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly MigrationGate _migration = new();
    private readonly SemaphoreSlim _writes = new(1, 1);
    private bool _folderReady;

    public SqliteDigestStore(IOptions<StoreOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _connectionString = options.Value.ConnectionString;
        _time = time;
    }

    /// <inheritdoc />
    public Task MigrateAsync(CancellationToken cancellationToken) => _migration.RunAsync(MigrateNowAsync, cancellationToken);

    private async Task MigrateNowAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var wal = Command(connection, "PRAGMA journal_mode = WAL"))
        {
            await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        await SqliteMigrator.ApplyAsync(connection, DigestSchema.Migrations, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An open connection on a migrated schema.</summary>
    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await _migration.EnsureAsync(MigrateNowAsync, cancellationToken).ConfigureAwait(false);
        return await OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            if (!_folderReady)
            {
                CreateFolderOf(connection.DataSource);
                _folderReady = true;
            }

            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragmas = Command(connection, ConnectionPragmas);
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Lets one write of this store run at a time. SQLite has one writer per file; writers of one process that took
    /// turns through SQLite's busy handler would sleep for milliseconds each, so they queue here instead. Other
    /// processes on the same file still wait through the busy timeout.
    /// </summary>
    private async Task<WriteTurn> LockWritesAsync(CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteTurn(_writes);
    }

    /// <summary>Begins a <c>BEGIN IMMEDIATE</c> transaction: it takes the write lock at once (or waits for it).</summary>
    private static SqliteTransaction BeginImmediate(SqliteConnection connection) => connection.BeginTransaction(deferred: false);

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void CreateFolderOf(string dataSource)
    {
        if (dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
