using CooperationBot.Bot.Storage;
using Npgsql;

namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class PostgresDigestStore
{
    private const string EntryKey = "subscriber_id = @subscriber_id AND digest_date = @digest_date";

    /// <summary>Held, or in doubt after the lease ran out during this owner's call: the owner still knows how it ended.</summary>
    private const string HeldOrInDoubtBy = "state IN ('Sending', 'InDoubt') AND lease_owner = @owner";

    /// <inheritdoc />
    /// <remarks>As <see cref="SqliteDigestStore.EnqueueAsync"/>: a Skipped entry also moves the baseline.</remarks>
    public async Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (await EnqueueManyAsync([entry], cancellationToken).ConfigureAwait(false)).Count == 1;
    }

    /// <inheritdoc />
    /// <remarks>
    /// One statement for the whole batch (the entries as arrays), so the messages, the entries and the subscriptions'
    /// bookkeeping are written together. Rows are inserted and subscriptions locked in key order, so two instances
    /// enqueueing overlapping batches wait for each other instead of deadlocking. When one subscriber has several new
    /// entries, its last digest date becomes the latest and its baseline the version of the last Skipped one.
    /// </remarks>
    public async Task<IReadOnlyList<OutboxEntry>> EnqueueManyAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return [];
        }

        var hashes = entries.Select(e => OutboxColumns.PayloadHash(e.ActivityJson)).ToArray();
        var messages = entries.Select((e, i) => (Hash: hashes[i], Json: e.ActivityJson)).DistinctBy(m => m.Hash).ToArray();
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            WITH batch AS (
                SELECT DISTINCT ON (subscriber_id, digest_date) *
                FROM unnest(@subscriber_ids, @digest_dates, @knowledge_versions, @payload_hashes, @states, @attempts,
                    @next_attempt_ats, @lease_owners, @lease_untils, @activity_ids, @last_statuses, @last_errors, @created_ats,
                    @completed_ats, @in_flight_sinces) WITH ORDINALITY
                    AS e ({OutboxColumns.Names}, n)
                ORDER BY subscriber_id, digest_date, n),
            added AS (
                INSERT INTO digest_outbox ({OutboxColumns.Names})
                SELECT {OutboxColumns.Names} FROM batch ORDER BY subscriber_id, digest_date
                ON CONFLICT (subscriber_id, digest_date) DO NOTHING
                RETURNING subscriber_id, digest_date),
            payload AS (
                INSERT INTO digest_payloads (hash, activity_json, created_at)
                SELECT DISTINCT ON (b.payload_hash) b.payload_hash, m.activity_json, b.created_at
                FROM added a
                JOIN batch b ON b.subscriber_id = a.subscriber_id AND b.digest_date = a.digest_date
                JOIN unnest(@message_hashes, @message_jsons) AS m (hash, activity_json) ON m.hash = b.payload_hash
                ORDER BY b.payload_hash, b.n
                ON CONFLICT (hash) DO NOTHING),
            locked AS (
                SELECT subscriber_id FROM digest_subscriptions WHERE subscriber_id IN (SELECT subscriber_id FROM added)
                ORDER BY subscriber_id FOR UPDATE),
            moved AS (
                UPDATE digest_subscriptions s
                SET last_digest_date = GREATEST(s.last_digest_date, latest.digest_date),
                    baseline_version = COALESCE(latest.skipped_version, s.baseline_version)
                FROM (
                    SELECT b.subscriber_id, MAX(b.digest_date) AS digest_date,
                        (ARRAY_AGG(b.knowledge_version ORDER BY b.n DESC) FILTER (WHERE b.state = 'Skipped'))[1] AS skipped_version
                    FROM added a JOIN batch b ON b.subscriber_id = a.subscriber_id AND b.digest_date = a.digest_date
                    GROUP BY b.subscriber_id) AS latest
                WHERE s.subscriber_id = latest.subscriber_id AND s.subscriber_id IN (SELECT subscriber_id FROM locked))
            SELECT subscriber_id, digest_date FROM added
            """)
            .With("@subscriber_ids", entries.Select(e => e.SubscriberId).ToArray())
            .With("@digest_dates", entries.Select(e => e.DigestDate).ToArray())
            .With("@knowledge_versions", entries.Select(e => e.KnowledgeVersion).ToArray())
            .With("@payload_hashes", hashes)
            .With("@states", entries.Select(e => e.State.ToString()).ToArray())
            .With("@attempts", entries.Select(e => e.Attempts).ToArray())
            .With("@next_attempt_ats", entries.Select(e => StoreValues.Instant(e.NextAttemptAt)).ToArray())
            .With("@lease_owners", entries.Select(e => e.LeaseOwner).ToArray())
            .With("@lease_untils", entries.Select(e => InstantOrNull(e.LeaseUntil)).ToArray())
            .With("@activity_ids", entries.Select(e => e.ActivityId).ToArray())
            .With("@last_statuses", entries.Select(e => e.LastStatus).ToArray())
            .With("@last_errors", entries.Select(e => e.LastError).ToArray())
            .With("@created_ats", entries.Select(e => StoreValues.Instant(e.CreatedAt)).ToArray())
            .With("@completed_ats", entries.Select(e => InstantOrNull(e.CompletedAt)).ToArray())
            .With("@in_flight_sinces", entries.Select(e => InstantOrNull(e.InFlightSince)).ToArray())
            .With("@message_hashes", messages.Select(m => m.Hash).ToArray())
            .With("@message_jsons", messages.Select(m => m.Json).ToArray());
        var added = await PostgresRetry.RunAsync(token => ReadKeysAsync(command, token), cancellationToken).ConfigureAwait(false);
        return [.. entries.Where(e => added.Remove(new OutboxKey(e.SubscriberId, e.DigestDate)))];
    }

    private static string? InstantOrNull(DateTimeOffset? value) => value is { } v ? StoreValues.Instant(v) : null;

    /// <inheritdoc />
    /// <remarks>
    /// Releasing and claiming lock their rows with <c>FOR UPDATE SKIP LOCKED</c>: rows another instance is changing
    /// at this moment are left to it, and no two claims wait for each other.
    /// </remarks>
    public async Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var at = StoreValues.Instant(now);
        await using (var release = Command(connection, """
            UPDATE digest_outbox SET state = 'InDoubt', last_error = @error, completed_at = @now
            WHERE (subscriber_id, digest_date) IN (
                SELECT subscriber_id, digest_date FROM digest_outbox
                WHERE state = 'Sending' AND lease_until < @now AND in_flight_since IS NOT NULL FOR UPDATE SKIP LOCKED);
            UPDATE digest_outbox SET state = 'Pending', lease_owner = NULL, lease_until = NULL
            WHERE (subscriber_id, digest_date) IN (
                SELECT subscriber_id, digest_date FROM digest_outbox
                WHERE state = 'Sending' AND lease_until < @now AND in_flight_since IS NULL FOR UPDATE SKIP LOCKED);
            """).With("@now", at).With("@error", LeaseEndedError))
        {
            await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var claim = Command(connection, $"""
            WITH due (due_id, due_date) AS (
                SELECT subscriber_id, digest_date FROM digest_outbox
                WHERE state = 'Pending' AND next_attempt_at <= @now
                ORDER BY next_attempt_at, digest_date, subscriber_id
                LIMIT @max
                FOR UPDATE SKIP LOCKED)
            UPDATE digest_outbox SET state = 'Sending', lease_owner = @owner, lease_until = @until
            FROM due WHERE subscriber_id = due_id AND digest_date = due_date
            RETURNING {OutboxColumns.Names}, (SELECT activity_json FROM digest_payloads p WHERE p.hash = payload_hash)
            """)
            .With("@owner", owner)
            .With("@now", at)
            .With("@until", StoreValues.Instant(now + lease))
            .With("@max", max);
        var claimed = await ReadEntriesAsync(claim, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [.. claimed.OrderBy(e => e.NextAttemptAt).ThenBy(e => e.DigestDate).ThenBy(e => e.SubscriberId, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    /// <remarks>As <see cref="SqliteDigestStore.MarkInFlightAsync(string, DateOnly, string, DateTimeOffset, CancellationToken)"/>.</remarks>
    public async Task<bool> MarkInFlightAsync(
        string subscriberId, DateOnly digestDate, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await MarkInFlightAsync([new OutboxKey(subscriberId, digestDate)], owner, at, cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    /// <remarks>One statement for the whole batch; a key given twice is marked once (its second copy answers false).</remarks>
    public async Task<IReadOnlyList<bool>> MarkInFlightAsync(
        IReadOnlyList<OutboxKey> keys, string owner, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            UPDATE digest_outbox SET in_flight_since = @at, attempts = attempts + 1
            FROM unnest(@ids, @dates) AS k (id, day)
            WHERE subscriber_id = k.id AND digest_date = k.day
              AND state = 'Sending' AND lease_owner = @owner AND in_flight_since IS NULL AND lease_until >= @at
            RETURNING subscriber_id, digest_date
            """)
            .With("@ids", keys.Select(k => k.SubscriberId).ToArray())
            .With("@dates", keys.Select(k => k.DigestDate).ToArray())
            .With("@owner", owner)
            .With("@at", StoreValues.Instant(at));
        return FirstCopies(keys, await PostgresRetry.RunAsync(token => ReadKeysAsync(command, token), cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<bool> MarkSentAsync(
        string subscriberId, DateOnly digestDate, string owner, string? activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await MarkSentAsync([new SentMark(new OutboxKey(subscriberId, digestDate), activityId)], owner, at, cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    /// <remarks>
    /// One statement for the whole batch. When one subscriber has several entries in it, the baseline moves to the
    /// version of the last one in the batch, as when they are marked one after another.
    /// </remarks>
    public async Task<IReadOnlyList<bool>> MarkSentAsync(
        IReadOnlyList<SentMark> sent, string owner, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            WITH marked AS (
                UPDATE digest_outbox SET state = 'Sent', activity_id = k.activity_id, completed_at = @at, last_error = NULL
                FROM unnest(@ids, @dates, @activity_ids) WITH ORDINALITY AS k (id, day, activity_id, n)
                WHERE subscriber_id = k.id AND digest_date = k.day AND state IN ('Sending', 'InDoubt') AND lease_owner = @owner
                RETURNING subscriber_id, digest_date, knowledge_version, k.n),
            moved AS (
                UPDATE digest_subscriptions s SET baseline_version = last.knowledge_version, last_delivered_at = @at
                FROM (SELECT DISTINCT ON (subscriber_id) subscriber_id, knowledge_version FROM marked ORDER BY subscriber_id, n DESC) AS last
                WHERE s.subscriber_id = last.subscriber_id)
            SELECT subscriber_id, digest_date FROM marked
            """)
            .With("@ids", sent.Select(s => s.Key.SubscriberId).ToArray())
            .With("@dates", sent.Select(s => s.Key.DigestDate).ToArray())
            .With("@activity_ids", sent.Select(s => s.ActivityId).ToArray())
            .With("@owner", owner)
            .With("@at", StoreValues.Instant(at));
        return FirstCopies([.. sent.Select(s => s.Key)], await PostgresRetry.RunAsync(token => ReadKeysAsync(command, token), cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    /// <remarks>False when <paramref name="owner"/> does not hold the entry (nothing changes then).</remarks>
    public async Task<bool> RescheduleAsync(
        string subscriberId, DateOnly digestDate, string owner, DateTimeOffset nextAttemptAt, int? status, string error,
        CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            UPDATE digest_outbox
            SET state = 'Pending', next_attempt_at = @next, last_status = @status, last_error = @error, lease_owner = NULL, lease_until = NULL,
                in_flight_since = NULL, completed_at = NULL
            WHERE {EntryKey} AND {HeldOrInDoubtBy}
            """)
            .With("@subscriber_id", subscriberId)
            .With("@digest_date", digestDate)
            .With("@owner", owner)
            .With("@next", StoreValues.Instant(nextAttemptAt))
            .With("@status", StoreValues.OrNull(status))
            .With("@error", error);
        return await PostgresRetry.RunAsync(command.ExecuteNonQueryAsync, cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    /// <remarks>The rules of <see cref="SqliteDigestStore.CompleteAsync"/>, in one statement.</remarks>
    public async Task<bool> CompleteAsync(
        string subscriberId, DateOnly digestDate, string? owner, OutboxState state, int? status, string? reason, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        if (state is not (OutboxState.Skipped or OutboxState.Failed or OutboxState.Parked or OutboxState.InDoubt))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "An entry ends as Skipped, Failed, Parked or InDoubt.");
        }

        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var held = owner is null ? "state IN ('Pending', 'Sending')" : HeldOrInDoubtBy;
        await using var complete = Command(connection, $"""
            WITH ended AS (
                UPDATE digest_outbox SET state = @state, last_status = @status, last_error = @reason, completed_at = @at
                WHERE {EntryKey} AND {held}
                RETURNING subscriber_id, knowledge_version),
            moved AS (
                UPDATE digest_subscriptions s SET baseline_version = ended.knowledge_version
                FROM ended WHERE @skipped AND s.subscriber_id = ended.subscriber_id)
            SELECT COUNT(*)::integer FROM ended
            """)
            .With("@subscriber_id", subscriberId)
            .With("@digest_date", digestDate)
            .With("@state", state.ToString())
            .With("@status", StoreValues.OrNull(status))
            .With("@reason", StoreValues.OrNull(reason))
            .With("@at", StoreValues.Instant(at))
            .With("@skipped", state == OutboxState.Skipped);
        if (owner is not null)
        {
            complete.With("@owner", owner);
        }

        return (int)(await PostgresRetry.RunAsync(complete.ExecuteScalarAsync, cancellationToken).ConfigureAwait(false) ?? 0) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(string? subscriberId, int max, CancellationToken cancellationToken)
    {
        var filter = subscriberId is null ? string.Empty : "WHERE subscriber_id = @id";
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            SELECT {OutboxColumns.Names}, (SELECT activity_json FROM digest_payloads p WHERE p.hash = digest_outbox.payload_hash)
            FROM digest_outbox {filter}
            ORDER BY digest_date DESC, subscriber_id LIMIT @max
            """).With("@max", max);
        if (subscriberId is not null)
        {
            command.With("@id", subscriberId);
        }

        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Every state is in the answer, with 0 when no entry is in it.</remarks>
    public async Task<IReadOnlyDictionary<OutboxState, int>> CountOutboxAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT state, COUNT(*)::integer FROM digest_outbox GROUP BY state");
        return await command.ReadStateCountsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The entries a query returns: the outbox columns, then the message (empty when it is gone).</summary>
    private static Task<List<OutboxEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken) =>
        command.ReadAllAsync(OutboxColumns.ReadEntryWithPayload, cancellationToken);

    private static async Task<HashSet<OutboxKey>> ReadKeysAsync(NpgsqlCommand command, CancellationToken cancellationToken) =>
        [.. await command.ReadAllAsync(r => new OutboxKey(r.GetString(0), r.GetDate(1)), cancellationToken).ConfigureAwait(false)];

    /// <summary>True for each key that was changed, at its first place in the batch only (a second copy changed nothing).</summary>
    private static bool[] FirstCopies(IReadOnlyList<OutboxKey> keys, HashSet<OutboxKey> changed)
    {
        var results = new bool[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            results[i] = changed.Remove(keys[i]);
        }

        return results;
    }
}
