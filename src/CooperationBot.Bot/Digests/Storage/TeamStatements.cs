namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// The SQL of the team and welcome operations, the same on SQLite and PostgreSQL (parameters written <c>$name</c>;
/// the PostgreSQL store turns them into <c>@name</c> with <see cref="ParameterStyle.List"/>).
/// </summary>
internal static class TeamStatements
{
    /// <summary>The conversations of team <c>$team_id</c>: its channels seen so far, and the team's own (General) one.</summary>
    private const string InTeam = """
        (conversation_id = $team_id OR conversation_id IN (SELECT conversation_id FROM conversation_teams WHERE team_id = $team_id))
        """;

    public const string RecordTeam = """
        INSERT INTO conversation_teams (conversation_id, team_id, seen_at) VALUES ($conversation_id, $team_id, $at)
        ON CONFLICT (conversation_id) DO UPDATE SET team_id = excluded.team_id, seen_at = excluded.seen_at
        """;

    public const string RemoveTeamConversations = $"""
        UPDATE conversation_references SET removed_at = $at, removed_reason = $reason
        WHERE removed_at IS NULL AND {InTeam}
        """;

    public const string ParkTeamSubscriptions = $"""
        UPDATE digest_subscriptions SET state = 'Parked', parked_reason = $reason, parked_at = $at, updated_at = $at
        WHERE state = 'Active' AND {InTeam}
        """;

    public const string RestoreTeamConversations = $"""
        UPDATE conversation_references SET removed_at = NULL, removed_reason = NULL
        WHERE removed_reason = $reason AND {InTeam}
        """;

    public const string ReactivateTeamSubscriptions = $"""
        UPDATE digest_subscriptions SET state = 'Active', parked_reason = NULL, parked_at = NULL, updated_at = $at
        WHERE state = 'Parked' AND parked_reason = $reason AND {InTeam}
        """;

    /// <summary>Claims the welcome of <c>$conversation_id</c>: one row changes only when none was welcomed since <c>$cutoff</c>.</summary>
    public const string ClaimWelcome = """
        INSERT INTO conversation_welcomes (conversation_id, welcomed_at) VALUES ($conversation_id, $at)
        ON CONFLICT (conversation_id) DO UPDATE SET welcomed_at = excluded.welcomed_at
        WHERE conversation_welcomes.welcomed_at < $cutoff
        """;

    public const string ForgetWelcome = "DELETE FROM conversation_welcomes WHERE conversation_id = $conversation_id";
}
