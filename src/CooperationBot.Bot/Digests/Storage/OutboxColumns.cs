using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>The columns of <c>digest_outbox</c> and their mapping to <see cref="OutboxEntry"/>.</summary>
internal static class OutboxColumns
{
    /// <summary>How many columns <see cref="Names"/> lists.</summary>
    public const int Count = 15;

    public const string Names = """
        subscriber_id, digest_date, knowledge_version, payload_hash, state, attempts, next_attempt_at,
        lease_owner, lease_until, activity_id, last_status, last_error, created_at, completed_at, in_flight_since
        """;

    public const string Parameters = """
        $subscriber_id, $digest_date, $knowledge_version, $payload_hash, $state, $attempts, $next_attempt_at,
        $lease_owner, $lease_until, $activity_id, $last_status, $last_error, $created_at, $completed_at, $in_flight_since
        """;

    public static SqliteCommand WithEntry(this SqliteCommand command, OutboxEntry entry) => command
        .With("$subscriber_id", entry.SubscriberId)
        .With("$digest_date", SqliteValues.Date(entry.DigestDate))
        .With("$knowledge_version", entry.KnowledgeVersion)
        .With("$payload_hash", PayloadHash(entry.ActivityJson))
        .With("$state", entry.State.ToString())
        .With("$attempts", entry.Attempts)
        .With("$next_attempt_at", SqliteValues.Instant(entry.NextAttemptAt))
        .With("$lease_owner", SqliteValues.OrNull(entry.LeaseOwner))
        .With("$lease_until", SqliteValues.Instant(entry.LeaseUntil))
        .With("$activity_id", SqliteValues.OrNull(entry.ActivityId))
        .With("$last_status", SqliteValues.OrNull(entry.LastStatus))
        .With("$last_error", SqliteValues.OrNull(entry.LastError))
        .With("$created_at", SqliteValues.Instant(entry.CreatedAt))
        .With("$completed_at", SqliteValues.Instant(entry.CompletedAt))
        .With("$in_flight_since", SqliteValues.Instant(entry.InFlightSince));

    /// <summary>
    /// The key of a message in <c>digest_payloads</c>: subscribers who get the same message share one stored copy, and
    /// the outbox rows that are rewritten on every state change stay small.
    /// </summary>
    public static string PayloadHash(string activityJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(activityJson)));

    /// <summary>The row's payload hash (the message itself is in <c>digest_payloads</c>).</summary>
    public static string ReadPayloadHash(this SqliteDataReader reader) => reader.GetString(3);

    /// <summary>The entry of the row; <paramref name="activityJson"/> is its message from <c>digest_payloads</c>.</summary>
    public static OutboxEntry ReadEntry(this SqliteDataReader reader, string activityJson) => new()
    {
        SubscriberId = reader.GetString(0),
        DigestDate = reader.GetDate(1),
        KnowledgeVersion = reader.GetString(2),
        ActivityJson = activityJson,
        State = reader.GetEnum<OutboxState>(4),
        Attempts = reader.GetInt32(5),
        NextAttemptAt = reader.GetInstant(6),
        LeaseOwner = reader.GetNullableString(7),
        LeaseUntil = reader.GetNullableInstant(8),
        ActivityId = reader.GetNullableString(9),
        LastStatus = reader.GetNullableInt32(10),
        LastError = reader.GetNullableString(11),
        CreatedAt = reader.GetInstant(12),
        CompletedAt = reader.GetNullableInstant(13),
        InFlightSince = reader.GetNullableInstant(14),
    };
}
