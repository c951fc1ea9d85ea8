using CooperationBot.Bot.Digests.Storage;
using Npgsql;

namespace CooperationBot.Bot.Storage;

public sealed partial class PostgresFeedbackStore
{
    private static readonly string GapParameters = ParameterStyle.Postgres.List(GapColumns.Parameters);

    /// <inheritdoc />
    public async Task RecordGapAsync(KnowledgeGap gap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gap);
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"INSERT INTO knowledge_gaps ({GapColumns.Names}) VALUES ({GapParameters})", connection);
        command.With("@kind", gap.Kind.ToString())
            .With("@question", StoreValues.OrNull(gap.Question))
            .With("@language", StoreValues.OrNull(gap.Language))
            .With("@at", StoreValues.Instant(gap.OccurredAt))
            .With("@candidates", gap.Candidates.Select(c => c.ItemId).ToArray())
            .With("@scores", gap.Candidates.Select(c => c.Score).ToArray())
            .With("@comment", StoreValues.OrNull(gap.Comment))
            .With("@answerItems", gap.AnswerItemIds.ToArray())
            .With("@missing", StoreValues.OrNull(gap.Missing));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeGap>> ListGapsAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var where = since is null ? string.Empty : "WHERE occurred_at >= @since";
        await using var command = new NpgsqlCommand($"SELECT {GapColumns.Names} FROM knowledge_gaps {where} ORDER BY occurred_at, id", connection);
        if (since is { } from)
        {
            command.With("@since", StoreValues.Instant(from));
        }

        return await command.ReadAllAsync(
            r => GapColumns.Read(r, r.GetFieldValue<string[]>(4), r.GetFieldValue<double[]>(5), r.GetFieldValue<string[]>(7)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Answers and votes keep the caller's offset, so they are compared as instants, not as text.
        await using var command = new NpgsqlCommand("""
            DELETE FROM knowledge_gaps WHERE occurred_at < @text;
            DELETE FROM answers WHERE answered_at::timestamptz < @instant;
            DELETE FROM feedback WHERE received_at::timestamptz < @instant;
            """, connection, transaction);
        command.With("@text", StoreValues.Instant(cutoff)).With("@instant", cutoff.ToUniversalTime());
        var deleted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }
}
