using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class SqliteDigestStore
{
    /// <summary>The <see cref="OutboxEntry.LastError"/> of an entry whose sender's lease ended while it was Sending.</summary>
    public const string LeaseEndedError = "the sender stopped while the message was being sent";

    private const string EntryKey = "subscriber_id = $subscriber_id AND digest_date = $digest_date";

    private const string HeldBy = "state = 'Sending' AND lease_owner = $owner";

    /// <summary>Held, or in doubt after the lease ran out during this owner's call: the owner still knows how it ended.</summary>
    private const string HeldOrInDoubtBy = "state IN ('Sending', 'InDoubt') AND lease_owner = $owner";

    /// <inheritdoc />
    /// <remarks>
    /// The entry is stored as given. An entry enqueued as <see cref="OutboxState.Skipped"/> also moves the
    /// subscription's baseline, as <see cref="CompleteAsync"/> does.
    /// </remarks>
    public async Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (await EnqueueManyAsync([entry], cancellationToken).ConfigureAwait(false)).Count == 1;
    }

    /// <inheritdoc />
    /// <remarks>
    /// One <c>BEGIN IMMEDIATE</c> transaction with the statements of <see cref="EnqueueAsync"/> for each entry in
    /// turn (prepared once); a message shared by several entries is written once.
    /// </remarks>
    public async Task<IReadOnlyList<OutboxEntry>> EnqueueManyAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return [];
        }

        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        await using var insert = Command(connection, $"""
            INSERT INTO digest_outbox ({OutboxColumns.Names}) VALUES ({OutboxColumns.Parameters})
            ON CONFLICT (subscriber_id, digest_date) DO NOTHING
            """);
        await using var payload = Command(connection, """
            INSERT INTO digest_payloads (hash, activity_json, created_at) VALUES ($hash, $json, $at) ON CONFLICT (hash) DO NOTHING
            """).With("$hash", string.Empty).With("$json", string.Empty).With("$at", string.Empty);
        await using var subscription = Command(connection, """
            UPDATE digest_subscriptions
            SET last_digest_date = CASE WHEN last_digest_date IS NULL OR last_digest_date < $date THEN $date ELSE last_digest_date END,
                baseline_version = CASE WHEN $skipped THEN $version ELSE baseline_version END
            WHERE subscriber_id = $id
            """).With("$id", string.Empty).With("$date", string.Empty).With("$skipped", false).With("$version", string.Empty);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<OutboxEntry>();
        foreach (var entry in entries)
        {
            var hash = OutboxColumns.PayloadHash(entry.ActivityJson);
            insert.Parameters.Clear();
            if (await insert.WithEntry(entry, hash, ParameterStyle.Sqlite).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                continue;
            }

            if (written.Add(hash))
            {
                payload.Parameters["$hash"].Value = hash;
                payload.Parameters["$json"].Value = entry.ActivityJson;
                payload.Parameters["$at"].Value = StoreValues.Instant(entry.CreatedAt);
                await payload.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            subscription.Parameters["$id"].Value = entry.SubscriberId;
            subscription.Parameters["$date"].Value = StoreValues.Date(entry.DigestDate);
            subscription.Parameters["$skipped"].Value = entry.State == OutboxState.Skipped;
            subscription.Parameters["$version"].Value = entry.KnowledgeVersion;
            await subscription.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            added.Add(entry);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <inheritdoc />
    /// <remarks>
    /// An entry whose lease ended during its connector call becomes InDoubt with <see cref="LeaseEndedError"/> and is
    /// never claimed again; one whose lease ended before its call started is Pending again.
    /// </remarks>
    public async Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        var at = StoreValues.Instant(now);
        await using var expire = Command(connection, """
            UPDATE digest_outbox SET state = 'InDoubt', last_error = $error, completed_at = $now
            WHERE state = 'Sending' AND lease_until < $now AND in_flight_since IS NOT NULL
            """).With("$now", at).With("$error", LeaseEndedError);
        await expire.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var release = Command(connection, """
            UPDATE digest_outbox SET state = 'Pending', lease_owner = NULL, lease_until = NULL
            WHERE state = 'Sending' AND lease_until < $now AND in_flight_since IS NULL
            """).With("$now", at);
        await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        await using var claim = Command(connection, $"""
            UPDATE digest_outbox SET state = 'Sending', lease_owner = $owner, lease_until = $until
            WHERE rowid IN (
                SELECT rowid FROM digest_outbox WHERE state = 'Pending' AND next_attempt_at <= $now
                ORDER BY next_attempt_at, digest_date, subscriber_id LIMIT $max)
            RETURNING {OutboxColumns.Names}
            """)
            .With("$owner", owner)
            .With("$now", at)
            .With("$until", StoreValues.Instant(now + lease))
            .With("$max", max);
        var claimed = new List<(OutboxEntry Entry, string Hash)>();
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add((reader.ReadEntry(string.Empty), reader.ReadPayloadHash()));
            }
        }

        var payloads = await ReadPayloadsAsync(connection, claimed.Select(c => c.Hash), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [.. claimed
            .Select(c => c.Entry with { ActivityJson = payloads[c.Hash] })
            .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.DigestDate).ThenBy(e => e.SubscriberId, StringComparer.Ordinal)];
    }

    private static async Task<Dictionary<string, string>> ReadPayloadsAsync(
        SqliteConnection connection, IEnumerable<string> hashes, CancellationToken cancellationToken)
    {
        var payloads = new Dictionary<string, string>(StringComparer.Ordinal);
        var distinct = hashes.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return payloads;
        }

        await using var command = Command(connection, "SELECT hash, activity_json FROM digest_payloads WHERE hash IN (SELECT value FROM json_each($hashes))")
            .With("$hashes", JsonSerializer.Serialize(distinct));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            payloads[reader.GetString(0)] = reader.GetString(1);
        }

        return payloads;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Also false when the call already started (a second copy of the claim, e.g. after the same owner claimed the
    /// entry again once its lease ran out while it waited, must not send it twice) or when the lease has ended.
    /// </remarks>
    public async Task<bool> MarkInFlightAsync(
        string subscriberId, DateOnly digestDate, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await MarkInFlightAsync([new OutboxKey(subscriberId, digestDate)], owner, at, cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public async Task<IReadOnlyList<bool>> MarkInFlightAsync(
        IReadOnlyList<OutboxKey> keys, string owner, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        await using var command = Command(connection, $"""
            UPDATE digest_outbox SET in_flight_since = $at, attempts = attempts + 1
            WHERE {EntryKey} AND {HeldBy} AND in_flight_since IS NULL AND lease_until >= $at
            """)
            .With("$subscriber_id", string.Empty)
            .With("$digest_date", string.Empty)
            .With("$owner", owner)
            .With("$at", StoreValues.Instant(at));
        var results = new bool[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            command.Parameters["$subscriber_id"].Value = keys[i].SubscriberId;
            command.Parameters["$digest_date"].Value = StoreValues.Date(keys[i].DigestDate);
            results[i] = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <inheritdoc />
    public async Task<bool> MarkSentAsync(
        string subscriberId, DateOnly digestDate, string owner, string? activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await MarkSentAsync([new SentMark(new OutboxKey(subscriberId, digestDate), activityId)], owner, at, cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public async Task<IReadOnlyList<bool>> MarkSentAsync(
        IReadOnlyList<SentMark> sent, string owner, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        await using var entry = Command(connection, $"""
            UPDATE digest_outbox SET state = 'Sent', activity_id = $activity_id, completed_at = $at, last_error = NULL
            WHERE {EntryKey} AND {HeldOrInDoubtBy}
            RETURNING knowledge_version
            """)
            .With("$subscriber_id", string.Empty)
            .With("$digest_date", string.Empty)
            .With("$owner", owner)
            .With("$activity_id", DBNull.Value)
            .With("$at", StoreValues.Instant(at));
        await using var subscription = Command(connection, """
            UPDATE digest_subscriptions SET baseline_version = $version, last_delivered_at = $at WHERE subscriber_id = $id
            """).With("$id", string.Empty).With("$version", string.Empty).With("$at", StoreValues.Instant(at));
        var results = new bool[sent.Count];
        for (var i = 0; i < sent.Count; i++)
        {
            entry.Parameters["$subscriber_id"].Value = sent[i].Key.SubscriberId;
            entry.Parameters["$digest_date"].Value = StoreValues.Date(sent[i].Key.DigestDate);
            entry.Parameters["$activity_id"].Value = StoreValues.OrNull(sent[i].ActivityId);
            if (await entry.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string version)
            {
                continue;
            }

            subscription.Parameters["$id"].Value = sent[i].Key.SubscriberId;
            subscription.Parameters["$version"].Value = version;
            await subscription.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            results[i] = true;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <inheritdoc />
    /// <remarks>False when <paramref name="owner"/> does not hold the entry (nothing changes then).</remarks>
    public async Task<bool> RescheduleAsync(
        string subscriberId, DateOnly digestDate, string owner, DateTimeOffset nextAttemptAt, int? status, string error,
        CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            UPDATE digest_outbox
            SET state = 'Pending', next_attempt_at = $next, last_status = $status, last_error = $error, lease_owner = NULL, lease_until = NULL,
                in_flight_since = NULL, completed_at = NULL
            WHERE {EntryKey} AND {HeldOrInDoubtBy}
            """)
            .With("$subscriber_id", subscriberId)
            .With("$digest_date", StoreValues.Date(digestDate))
            .With("$owner", owner)
            .With("$next", StoreValues.Instant(nextAttemptAt))
            .With("$status", StoreValues.OrNull(status))
            .With("$error", error);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <paramref name="state"/> is Skipped, Failed, Parked or InDoubt. With an <paramref name="owner"/> the entry must
    /// be Sending (or InDoubt after its lease ran out during the call) under that owner; without one (an operator, or a check before claiming) it must be Pending or
    /// Sending. Skipped also moves the subscription's baseline to the entry's knowledge version: nothing was missed.
    /// False when the entry is not in such a state (nothing changes then).
    /// </remarks>
    public async Task<bool> CompleteAsync(
        string subscriberId, DateOnly digestDate, string? owner, OutboxState state, int? status, string? reason, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        if (state is not (OutboxState.Skipped or OutboxState.Failed or OutboxState.Parked or OutboxState.InDoubt))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "An entry ends as Skipped, Failed, Parked or InDoubt.");
        }

        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        var held = owner is null ? "state IN ('Pending', 'Sending')" : HeldOrInDoubtBy;
        await using var complete = Command(connection, $"""
            UPDATE digest_outbox SET state = $state, last_status = $status, last_error = $reason, completed_at = $at
            WHERE {EntryKey} AND {held}
            RETURNING knowledge_version
            """)
            .With("$subscriber_id", subscriberId)
            .With("$digest_date", StoreValues.Date(digestDate))
            .With("$owner", StoreValues.OrNull(owner))
            .With("$state", state.ToString())
            .With("$status", StoreValues.OrNull(status))
            .With("$reason", StoreValues.OrNull(reason))
            .With("$at", StoreValues.Instant(at));
        if (await complete.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string version)
        {
            return false;
        }

        if (state == OutboxState.Skipped)
        {
            await using var baseline = Command(connection, "UPDATE digest_subscriptions SET baseline_version = $version WHERE subscriber_id = $id")
                .With("$id", subscriberId).With("$version", version);
            await baseline.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(string? subscriberId, int max, CancellationToken cancellationToken)
    {
        var filter = subscriberId is null ? string.Empty : "WHERE subscriber_id = $id";
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            SELECT {OutboxColumns.Names}, (SELECT activity_json FROM digest_payloads p WHERE p.hash = digest_outbox.payload_hash)
            FROM digest_outbox {filter}
            ORDER BY digest_date DESC, subscriber_id LIMIT $max
            """).With("$id", StoreValues.OrNull(subscriberId)).With("$max", max);
        return await command.ReadAllAsync(OutboxColumns.ReadEntryWithPayload, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Every state is in the answer, with 0 when no entry is in it.</remarks>
    public async Task<IReadOnlyDictionary<OutboxState, int>> CountOutboxAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT state, COUNT(*) FROM digest_outbox GROUP BY state");
        return await command.ReadStateCountsAsync(cancellationToken).ConfigureAwait(false);
    }
}
