namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class PostgresDigestStore
{
    /// <inheritdoc />
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT COUNT(*) FROM schema_migrations");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Heartbeats take turns (a table lock that conflicts with itself, held to the commit): under read committed, two
    /// instances starting together would otherwise each count only itself and both take the whole send budget.
    /// </remarks>
    public async Task<InstanceCensus> HeartbeatAsync(string owner, DateTimeOffset now, TimeSpan liveWindow, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await InstanceHeartbeat.RecordAsync(
            connection, ParameterStyle.Postgres, owner, now, liveWindow, cancellationToken, lockFirst: "LOCK TABLE digest_instances IN SHARE ROW EXCLUSIVE MODE;\n")
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc />
    public async Task LeaveAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "DELETE FROM digest_instances WHERE owner = @owner").With("@owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
