namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class PostgresDigestStore
{
    /// <inheritdoc />
    public async Task<DigestSubscription?> FindSubscriptionAsync(string subscriberId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {SubscriptionColumns.Names} FROM digest_subscriptions WHERE subscriber_id = @id")
            .With("@id", subscriberId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.ReadSubscription() : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, DigestSubscription>> FindSubscriptionsAsync(
        IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberIds);
        if (subscriberIds.Count == 0)
        {
            return new Dictionary<string, DigestSubscription>();
        }

        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {SubscriptionColumns.Names} FROM digest_subscriptions WHERE subscriber_id = ANY(@ids)")
            .With("@ids", subscriberIds.ToArray());
        return (await command.ReadAllAsync(r => r.ReadSubscription(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.SubscriberId, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    /// <remarks>An existing row keeps its delivery bookkeeping, as in <see cref="SqliteDigestStore.SaveSubscriptionAsync"/>.</remarks>
    public async Task SaveSubscriptionAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            INSERT INTO digest_subscriptions ({SubscriptionColumns.Names}) VALUES ({SubscriptionParameters})
            ON CONFLICT (subscriber_id) DO UPDATE SET
                conversation_id = excluded.conversation_id, {ConversationColumns.UpdateFromExcluded},
                local_time = excluded.local_time, days = excluded.days, time_zone_id = excluded.time_zone_id,
                language = excluded.language, send_when_unchanged = excluded.send_when_unchanged, state = excluded.state,
                parked_reason = excluded.parked_reason, parked_at = excluded.parked_at, updated_at = excluded.updated_at
            """).WithSubscription(subscription, Style);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Entries that are not Pending stay as the subscriber's delivery history.</remarks>
    public async Task<bool> EndSubscriptionAsync(string subscriberId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var end = Command(connection, $"""
            UPDATE digest_subscriptions SET state = '{nameof(SubscriptionState.Unsubscribed)}', parked_reason = @reason,
                parked_at = @at, updated_at = @at
            WHERE subscriber_id = @id AND state <> '{nameof(SubscriptionState.Unsubscribed)}'
            """).With("@id", subscriberId).With("@reason", DigestSubscription.UnsubscribedReason).With("@at", StoreValues.Instant(at));
        var ended = await end.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var drop = Command(connection, "DELETE FROM digest_outbox WHERE subscriber_id = @id AND state = 'Pending'")
            .With("@id", subscriberId);
        await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ended > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DigestSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {SubscriptionColumns.Names} FROM digest_subscriptions ORDER BY subscriber_id");
        return await command.ReadAllAsync(r => r.ReadSubscription(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ParkSubscriptionAsync(string subscriberId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            UPDATE digest_subscriptions SET state = 'Parked', parked_reason = @reason, parked_at = @at, updated_at = @at
            WHERE subscriber_id = @id
            """).With("@id", subscriberId).With("@reason", reason).With("@at", StoreValues.Instant(at));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SetConversationIdAsync(string subscriberId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            UPDATE digest_subscriptions SET conversation_id = @conversation, updated_at = @now WHERE subscriber_id = @id
            """).With("@id", subscriberId).With("@conversation", conversationId).With("@now", StoreValues.Instant(_time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
