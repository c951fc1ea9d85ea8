namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// The SQLite schema of the digest store, as ordered migrations. The tables do not clash with the feedback store's
/// (<c>answers</c>, <c>feedback</c>) that shares the file. A store on another database mirrors these steps.
/// </summary>
/// <remarks>
/// Instants are ISO-8601 UTC text (round-trip format, so text order is time order), dates <c>yyyy-MM-dd</c>, local
/// times <c>HH:mm:ss.fffffff</c>, enums their names.
/// </remarks>
public static class DigestSchema
{
    /// <summary>Version 1: conversation references, subscriptions, knowledge item hashes per version, the outbox.</summary>
    public static readonly SchemaMigration V1 = new(1, "digest tables", """
        CREATE TABLE conversation_references (
            conversation_id TEXT PRIMARY KEY,
            service_url TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_type TEXT,
            tenant_id TEXT,
            bot_id TEXT,
            user_id TEXT,
            locale TEXT,
            seen_at TEXT NOT NULL,
            removed_at TEXT,
            removed_reason TEXT);

        CREATE TABLE digest_subscriptions (
            subscriber_id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_type TEXT,
            tenant_id TEXT,
            bot_id TEXT,
            user_id TEXT,
            locale TEXT,
            local_time TEXT NOT NULL,
            days TEXT NOT NULL,
            time_zone_id TEXT NOT NULL,
            language TEXT NOT NULL,
            send_when_unchanged INTEGER NOT NULL,
            state TEXT NOT NULL,
            parked_reason TEXT,
            parked_at TEXT,
            baseline_version TEXT,
            last_digest_date TEXT,
            last_delivered_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE INDEX ix_digest_subscriptions_conversation ON digest_subscriptions (conversation_id);

        CREATE TABLE digest_knowledge_versions (
            version TEXT PRIMARY KEY,
            recorded_at TEXT NOT NULL);

        CREATE TABLE digest_knowledge_items (
            version TEXT NOT NULL,
            item_id TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (version, item_id)) WITHOUT ROWID;

        CREATE TABLE digest_payloads (
            hash TEXT PRIMARY KEY,
            activity_json TEXT NOT NULL,
            created_at TEXT NOT NULL);

        CREATE TABLE digest_outbox (
            subscriber_id TEXT NOT NULL,
            digest_date TEXT NOT NULL,
            knowledge_version TEXT NOT NULL,
            payload_hash TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TEXT NOT NULL,
            lease_owner TEXT,
            lease_until TEXT,
            activity_id TEXT,
            last_status INTEGER,
            last_error TEXT,
            created_at TEXT NOT NULL,
            completed_at TEXT,
            in_flight_since TEXT,
            PRIMARY KEY (subscriber_id, digest_date));
        CREATE INDEX ix_digest_outbox_due ON digest_outbox (state, next_attempt_at);
        """);

    /// <summary>Version 2: the bot instances that deliver from this store, with when each was last seen.</summary>
    public static readonly SchemaMigration V2 = new(2, "digest instances", """
        CREATE TABLE digest_instances (
            owner TEXT PRIMARY KEY,
            seen_at TEXT NOT NULL);
        """);

    /// <summary>
    /// Version 3: each instance's count of live instances at its last heartbeat, so that a joining instance can see
    /// when the others have counted it (and lowered their shares of the send budget).
    /// </summary>
    public static readonly SchemaMigration V3 = new(3, "instance live counts", """
        ALTER TABLE digest_instances ADD COLUMN live_seen INTEGER NOT NULL DEFAULT 0;
        """);

    /// <summary>
    /// Version 4: which team each channel conversation belongs to (<c>channelData.team.id</c>), so that removing the bot
    /// from a team parks the digests of all its channels; and the conversations welcomed, so that one conversation gets
    /// one welcome across instances.
    /// </summary>
    public static readonly SchemaMigration V4 = new(4, "conversation teams and welcomes", """
        CREATE TABLE conversation_teams (
            conversation_id TEXT PRIMARY KEY,
            team_id TEXT NOT NULL,
            seen_at TEXT NOT NULL);
        CREATE INDEX ix_conversation_teams_team ON conversation_teams (team_id);

        CREATE TABLE conversation_welcomes (
            conversation_id TEXT PRIMARY KEY,
            welcomed_at TEXT NOT NULL);
        """);

    /// <summary>
    /// Version 5: the language of a conversation (<c>nl</c> or <c>en</c>): the one its person last wrote in, or chose;
    /// null until then (the client's locale is the first guess).
    /// </summary>
    public static readonly SchemaMigration V5 = new(5, "conversation language", """
        ALTER TABLE conversation_references ADD COLUMN language TEXT;
        """);

    /// <summary>Every migration, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> Migrations { get; } = [V1, V2, V3, V4, V5];
}
