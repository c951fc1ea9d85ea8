namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class SqliteDigestStore
{
    /// <inheritdoc />
    public async Task RecordTeamAsync(string conversationId, string teamId, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, TeamStatements.RecordTeam)
            .With("$conversation_id", conversationId).With("$team_id", teamId).With("$at", StoreValues.Instant(seenAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<int> ParkTeamAsync(string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeTeamAsync(TeamStatements.RemoveTeamConversations, TeamStatements.ParkTeamSubscriptions, teamId, reason, at, cancellationToken);

    /// <inheritdoc />
    public Task<int> ReactivateTeamAsync(string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeTeamAsync(TeamStatements.RestoreTeamConversations, TeamStatements.ReactivateTeamSubscriptions, teamId, reason, at, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> TryClaimWelcomeAsync(string conversationId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, TeamStatements.ClaimWelcome)
            .With("$conversation_id", conversationId).With("$at", StoreValues.Instant(now)).With("$cutoff", StoreValues.Instant(now - window));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task ForgetWelcomeAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, TeamStatements.ForgetWelcome).With("$conversation_id", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ChangeTeamAsync(
        string conversations, string subscriptions, string teamId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        await using var references = Command(connection, conversations)
            .With("$team_id", teamId).With("$reason", reason).With("$at", StoreValues.Instant(at));
        await references.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var subscribed = Command(connection, subscriptions)
            .With("$team_id", teamId).With("$reason", reason).With("$at", StoreValues.Instant(at));
        var changed = await subscribed.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }
}
