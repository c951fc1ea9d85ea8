using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class SqliteDigestStore
{
    /// <inheritdoc />
    /// <remarks>
    /// An activity seen before the stored one does not overwrite it, and one seen before a removal does not undo
    /// the removal (a reference seen after it does: the bot was installed again).
    /// </remarks>
    public async Task UpsertConversationAsync(ConversationReference reference, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            INSERT INTO conversation_references ({ConversationColumns.Names}, seen_at)
            VALUES ({ConversationColumns.Parameters}, $seen_at)
            ON CONFLICT (conversation_id) DO UPDATE SET {ConversationColumns.UpdateFromExcluded},
                seen_at = excluded.seen_at,
                removed_reason = CASE WHEN removed_at IS NULL OR excluded.seen_at >= removed_at THEN NULL ELSE removed_reason END,
                removed_at = CASE WHEN removed_at IS NULL OR excluded.seen_at >= removed_at THEN NULL ELSE removed_at END
            WHERE excluded.seen_at >= conversation_references.seen_at
            """);
        command.WithReference(reference, ParameterStyle.Sqlite).With("$seen_at", StoreValues.Instant(seenAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ConversationReference?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            SELECT {ConversationColumns.Names} FROM conversation_references
            WHERE conversation_id = $id AND removed_at IS NULL
            """).With("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.ReadReference(0) : null;
    }

    /// <inheritdoc />
    public async Task<string?> FindConversationLanguageAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            SELECT language FROM conversation_references WHERE conversation_id = $id AND removed_at IS NULL
            """).With("$id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc />
    public async Task SetConversationLanguageAsync(string conversationId, string language, CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            UPDATE conversation_references SET language = $language WHERE conversation_id = $id
            """).With("$id", conversationId).With("$language", language);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> RemoveConversationAsync(string conversationId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        await using var remove = Command(connection, """
            UPDATE conversation_references SET removed_at = $at, removed_reason = $reason WHERE conversation_id = $id
            """).With("$id", conversationId).With("$reason", reason).With("$at", StoreValues.Instant(at));
        await remove.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var park = Command(connection, """
            UPDATE digest_subscriptions SET state = 'Parked', parked_reason = $reason, parked_at = $at, updated_at = $at
            WHERE conversation_id = $id AND state = 'Active'
            """).With("$id", conversationId).With("$reason", reason).With("$at", StoreValues.Instant(at));
        var parked = await park.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return parked;
    }
}
