using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

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

    /// <summary>Adds the row's parameters of an entry; <paramref name="payloadHash"/> is <see cref="PayloadHash"/> of its message.</summary>
    public static TCommand WithEntry<TCommand>(this TCommand command, OutboxEntry entry, string payloadHash, ParameterStyle style)
        where TCommand : DbCommand => command
        .With(style.Name("subscriber_id"), entry.SubscriberId)
        .With(style.Name("digest_date"), style.Date(entry.DigestDate))
        .With(style.Name("knowledge_version"), entry.KnowledgeVersion)
        .With(style.Name("payload_hash"), payloadHash)
        .With(style.Name("state"), entry.State.ToString())
        .With(style.Name("attempts"), entry.Attempts)
        .With(style.Name("next_attempt_at"), StoreValues.Instant(entry.NextAttemptAt))
        .With(style.Name("lease_owner"), StoreValues.OrNull(entry.LeaseOwner))
        .With(style.Name("lease_until"), StoreValues.Instant(entry.LeaseUntil))
        .With(style.Name("activity_id"), StoreValues.OrNull(entry.ActivityId))
        .With(style.Name("last_status"), StoreValues.OrNull(entry.LastStatus))
        .With(style.Name("last_error"), StoreValues.OrNull(entry.LastError))
        .With(style.Name("created_at"), StoreValues.Instant(entry.CreatedAt))
        .With(style.Name("completed_at"), StoreValues.Instant(entry.CompletedAt))
        .With(style.Name("in_flight_since"), StoreValues.Instant(entry.InFlightSince));

    /// <summary>
    /// The key of a message in <c>digest_payloads</c>: subscribers who get the same message share one stored copy, and
    /// the outbox rows that are rewritten on every state change stay small.
    /// </summary>
    public static string PayloadHash(string activityJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(activityJson)));

    /// <summary>The row's payload hash (the message itself is in <c>digest_payloads</c>).</summary>
    public static string ReadPayloadHash(this DbDataReader reader) => reader.GetString(3);

    /// <summary>The entry of the row; <paramref name="activityJson"/> is its message from <c>digest_payloads</c>.</summary>
    public static OutboxEntry ReadEntry(this DbDataReader reader, string activityJson) => new()
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

    /// <summary>The entry of a row of the outbox columns followed by its message (empty when the message is gone).</summary>
    public static OutboxEntry ReadEntryWithPayload(this DbDataReader reader) =>
        reader.ReadEntry(reader.GetNullableString(Count) ?? string.Empty);
}
