namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class SqliteDigestStore
{
    /// <inheritdoc />
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT COUNT(*) FROM schema_migrations");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<InstanceCensus> HeartbeatAsync(string owner, DateTimeOffset now, TimeSpan liveWindow, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        var result = await InstanceHeartbeat.RecordAsync(connection, ParameterStyle.Sqlite, owner, now, liveWindow, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc />
    public async Task LeaveAsync(string owner, CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "DELETE FROM digest_instances WHERE owner = $owner").With("$owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
