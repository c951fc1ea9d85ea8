using CooperationBot.Bot.Digests.Storage;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// The PostgreSQL schema of both stores, as one ordered list of migrations: versions 1 and 2 are the steps of
/// <see cref="DigestSchema"/> (same numbers, same tables), version 3 adds the feedback store's tables, version 4 the
/// knowledge gaps and version 6 their missing parts, which SQLite creates on its own.
/// </summary>
/// <remarks>
/// Column types: <c>date</c> for dates, <c>boolean</c> for flags, <c>integer</c> for counts and status codes,
/// <c>text[]</c> for item id lists. Instants stay ISO-8601 UTC text as in SQLite (<c>timestamptz</c> keeps
/// microseconds, the store's callers use 100 ns ticks and lease ends are compared to the tick), and local times
/// <c>HH:mm:ss.fffffff</c> text for the same reason. Instants and ids use the <c>"C"</c> collation, so text order is
/// time order and subscriber ids sort by code point, as in SQLite, whatever the database's collation.
/// </remarks>
public static class PostgresSchema
{
    /// <summary>Version 1: conversation references, subscriptions, knowledge item hashes per version, the outbox.</summary>
    public static readonly SchemaMigration V1 = new(1, "digest tables", """
        CREATE TABLE conversation_references (
            conversation_id text PRIMARY KEY,
            service_url text NOT NULL,
            channel_id text NOT NULL,
            conversation_type text,
            tenant_id text,
            bot_id text,
            user_id text,
            locale text,
            seen_at text COLLATE "C" NOT NULL,
            removed_at text COLLATE "C",
            removed_reason text);

        CREATE TABLE digest_subscriptions (
            subscriber_id text COLLATE "C" PRIMARY KEY,
            conversation_id text NOT NULL,
            service_url text NOT NULL,
            channel_id text NOT NULL,
            conversation_type text,
            tenant_id text,
            bot_id text,
            user_id text,
            locale text,
            local_time text NOT NULL,
            days text NOT NULL,
            time_zone_id text NOT NULL,
            language text NOT NULL,
            send_when_unchanged boolean NOT NULL,
            state text NOT NULL,
            parked_reason text,
            parked_at text COLLATE "C",
            baseline_version text,
            last_digest_date date,
            last_delivered_at text COLLATE "C",
            created_at text COLLATE "C" NOT NULL,
            updated_at text COLLATE "C" NOT NULL);
        CREATE INDEX ix_digest_subscriptions_conversation ON digest_subscriptions (conversation_id);

        CREATE TABLE digest_knowledge_versions (
            version text PRIMARY KEY,
            recorded_at text COLLATE "C" NOT NULL);

        CREATE TABLE digest_knowledge_items (
            version text NOT NULL,
            item_id text NOT NULL,
            hash text NOT NULL,
            PRIMARY KEY (version, item_id));

        CREATE TABLE digest_payloads (
            hash text PRIMARY KEY,
            activity_json text NOT NULL,
            created_at text COLLATE "C" NOT NULL);

        CREATE TABLE digest_outbox (
            subscriber_id text COLLATE "C" NOT NULL,
            digest_date date NOT NULL,
            knowledge_version text NOT NULL,
            payload_hash text NOT NULL,
            state text NOT NULL,
            attempts integer NOT NULL,
            next_attempt_at text COLLATE "C" NOT NULL,
            lease_owner text,
            lease_until text COLLATE "C",
            activity_id text,
            last_status integer,
            last_error text,
            created_at text COLLATE "C" NOT NULL,
            completed_at text COLLATE "C",
            in_flight_since text COLLATE "C",
            PRIMARY KEY (subscriber_id, digest_date));
        CREATE INDEX ix_digest_outbox_due ON digest_outbox (state, next_attempt_at);
        """);

    /// <summary>Version 2: the bot instances that deliver from this store, with when each was last seen.</summary>
    public static readonly SchemaMigration V2 = new(2, "digest instances", """
        CREATE TABLE digest_instances (
            owner text PRIMARY KEY,
            seen_at text COLLATE "C" NOT NULL);
        """);

    /// <summary>
    /// Version 3: the feedback store's sent answers and votes. Their instants keep the caller's offset, as the SQLite
    /// feedback store does.
    /// </summary>
    public static readonly SchemaMigration V3 = new(3, "feedback tables", """
        CREATE TABLE answers (
            message_id text PRIMARY KEY,
            question text NOT NULL,
            language text NOT NULL,
            answered boolean NOT NULL,
            item_ids text[] NOT NULL,
            knowledge_version text NOT NULL,
            answered_at text NOT NULL);

        CREATE TABLE feedback (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            rated_message_id text,
            reaction text NOT NULL,
            comment text,
            question text,
            item_ids text[] NOT NULL,
            received_at text NOT NULL);
        """);

    /// <summary>
    /// Version 4: the curators' knowledge gaps (unanswered questions with their best candidates, down-voted answers),
    /// without user identity. Instants are UTC text as in the digest tables.
    /// </summary>
    public static readonly SchemaMigration V4 = new(4, "knowledge gaps", """
        CREATE TABLE knowledge_gaps (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text NOT NULL,
            question text,
            language text,
            occurred_at text COLLATE "C" NOT NULL,
            candidate_ids text[] NOT NULL,
            candidate_scores double precision[] NOT NULL,
            comment text,
            answer_item_ids text[] NOT NULL);
        CREATE INDEX ix_knowledge_gaps_occurred ON knowledge_gaps (occurred_at);
        """);

    /// <summary>
    /// Version 5: each instance's count of live instances at its last heartbeat, so that a joining instance can see
    /// when the others have counted it (and lowered their shares of the send budget).
    /// </summary>
    public static readonly SchemaMigration V5 = new(5, "instance live counts", """
        ALTER TABLE digest_instances ADD COLUMN live_seen integer NOT NULL DEFAULT 0;
        """);

    /// <summary>
    /// Version 6: for a partly known question, the part the knowledge does not answer in the asker's words (null for
    /// the gaps recorded before, and for refusals and down-votes).
    /// </summary>
    public static readonly SchemaMigration V6 = new(6, "knowledge gap missing parts", """
        ALTER TABLE knowledge_gaps ADD COLUMN missing text;
        """);

    /// <summary>
    /// Version 7: which team each channel conversation belongs to, and the conversations welcomed (as the SQLite
    /// store's <see cref="DigestSchema.V4"/>).
    /// </summary>
    public static readonly SchemaMigration V7 = new(7, "conversation teams and welcomes", """
        CREATE TABLE conversation_teams (
            conversation_id text PRIMARY KEY,
            team_id text NOT NULL,
            seen_at text COLLATE "C" NOT NULL);
        CREATE INDEX ix_conversation_teams_team ON conversation_teams (team_id);

        CREATE TABLE conversation_welcomes (
            conversation_id text PRIMARY KEY,
            welcomed_at text COLLATE "C" NOT NULL);
        """);

    /// <summary>Version 8: the language of a conversation, as <see cref="DigestSchema.V5"/>.</summary>
    public static readonly SchemaMigration V8 = new(8, "conversation language", """
        ALTER TABLE conversation_references ADD COLUMN language text;
        """);

    /// <summary>Every migration, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> Migrations { get; } = [V1, V2, V3, V4, V5, V6, V7, V8];
}
