using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// The digest store on a PostgreSQL database shared by several instances of the bot, with the behaviour of
/// <see cref="SqliteDigestStore"/> (its remarks list the choices the interface leaves open). Claims lock the due rows
/// with <c>FOR UPDATE SKIP LOCKED</c> inside the claim transaction and hold them by lease, so two instances never
/// claim one entry and a crashed instance's claims are released once their lease ends. The schema
/// (<see cref="PostgresSchema"/>) is migrated by <see cref="MigrateAsync"/>, or lazily by the first call. The writes
/// that lock rows another instance may lock in another order (enqueueing, marks, completion, rescheduling, parking)
/// run again when PostgreSQL aborts them as a deadlock's victim (<see cref="PostgresRetry"/>).
/// </summary>
public sealed partial class PostgresDigestStore : IDigestStore, IAsyncDisposable, IDisposable
{
    /// <summary>The <see cref="OutboxEntry.LastError"/> of an entry whose sender's lease ended while it was Sending.</summary>
    public const string LeaseEndedError = SqliteDigestStore.LeaseEndedError;

    private static readonly ParameterStyle Style = ParameterStyle.Postgres;
    private static readonly string ConversationParameters = Style.List(ConversationColumns.Parameters);
    private static readonly string SubscriptionParameters = Style.List(SubscriptionColumns.Parameters);
    private static readonly string OutboxParameters = Style.List(OutboxColumns.Parameters);

    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public PostgresDigestStore(IOptions<StoreOptions> options, TimeProvider time, PostgresAccessTokenPassword? tokenPassword = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _database = new PostgresDatabase(options.Value, tokenPassword, time);
        _time = time;
    }

    /// <inheritdoc />
    public Task MigrateAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public void Dispose() => _database.Dispose();

    private Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken) => _database.ConnectAsync(cancellationToken);

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection);
}
