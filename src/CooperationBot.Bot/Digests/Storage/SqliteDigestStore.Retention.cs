namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class SqliteDigestStore
{
    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        var before = StoreValues.Instant(cutoff);
        await using var entries = Command(connection, """
            DELETE FROM digest_outbox
            WHERE state IN ('Sent', 'Skipped', 'Failed', 'Parked', 'InDoubt') AND completed_at < $before
            """).With("$before", before);
        var deleted = await entries.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var payloads = Command(connection, """
            DELETE FROM digest_payloads
            WHERE created_at < $before AND hash NOT IN (SELECT payload_hash FROM digest_outbox)
            """).With("$before", before);
        await payloads.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var versions = Command(connection, """
            DELETE FROM digest_knowledge_versions
            WHERE recorded_at < $before
              AND version NOT IN (SELECT baseline_version FROM digest_subscriptions WHERE baseline_version IS NOT NULL)
              AND version NOT IN (SELECT knowledge_version FROM digest_outbox)
              AND version <> (SELECT version FROM digest_knowledge_versions ORDER BY recorded_at DESC LIMIT 1);
            DELETE FROM digest_knowledge_items WHERE version NOT IN (SELECT version FROM digest_knowledge_versions);
            """).With("$before", before);
        await versions.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }
}
