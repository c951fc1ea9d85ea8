using CooperationBot.Bot.Storage;

namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class PostgresDigestStore
{
    /// <inheritdoc />
    public async Task RecordTeamAsync(string conversationId, string teamId, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, Style.List(TeamStatements.RecordTeam))
            .With("@conversation_id", conversationId).With("@team_id", teamId).With("@at", StoreValues.Instant(seenAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Parking locks subscriptions as <see cref="RemoveConversationAsync"/> does: run again after a deadlock.</remarks>
    public Task<int> ParkTeamAsync(string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        PostgresRetry.RunAsync(
            token => ChangeTeamAsync(TeamStatements.RemoveTeamConversations, TeamStatements.ParkTeamSubscriptions, teamId, reason, at, token),
            cancellationToken);

    /// <inheritdoc />
    public Task<int> ReactivateTeamAsync(string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        PostgresRetry.RunAsync(
            token => ChangeTeamAsync(TeamStatements.RestoreTeamConversations, TeamStatements.ReactivateTeamSubscriptions, teamId, reason, at, token),
            cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Two instances claiming at once: PostgreSQL lets one insert, and the other's conflict update then sees that
    /// welcome as recent, so exactly one of them gets true.
    /// </remarks>
    public async Task<bool> TryClaimWelcomeAsync(string conversationId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, Style.List(TeamStatements.ClaimWelcome))
            .With("@conversation_id", conversationId).With("@at", StoreValues.Instant(now)).With("@cutoff", StoreValues.Instant(now - window));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task ForgetWelcomeAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, Style.List(TeamStatements.ForgetWelcome)).With("@conversation_id", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ChangeTeamAsync(
        string conversations, string subscriptions, string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var references = Command(connection, Style.List(conversations))
            .With("@team_id", teamId).With("@reason", reason).With("@at", StoreValues.Instant(at));
        await references.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var subscribed = Command(connection, Style.List(subscriptions))
            .With("@team_id", teamId).With("@reason", reason).With("@at", StoreValues.Instant(at));
        var changed = await subscribed.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }
}
