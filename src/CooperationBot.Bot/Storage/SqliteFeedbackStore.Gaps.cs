using System.Text.Json;
using CooperationBot.Bot.Digests.Storage;

namespace CooperationBot.Bot.Storage;

public sealed partial class SqliteFeedbackStore
{
    /// <inheritdoc />
    public async Task RecordGapAsync(KnowledgeGap gap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gap);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO knowledge_gaps ({GapColumns.Names}) VALUES ({GapColumns.Parameters})";
        command.With("$kind", gap.Kind.ToString())
            .With("$question", StoreValues.OrNull(gap.Question))
            .With("$language", StoreValues.OrNull(gap.Language))
            .With("$at", StoreValues.Instant(gap.OccurredAt))
            .With("$candidates", JsonSerializer.Serialize(gap.Candidates.Select(c => c.ItemId)))
            .With("$scores", JsonSerializer.Serialize(gap.Candidates.Select(c => c.Score)))
            .With("$comment", StoreValues.OrNull(gap.Comment))
            .With("$answerItems", JsonSerializer.Serialize(gap.AnswerItemIds))
            .With("$missing", StoreValues.OrNull(gap.Missing));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgeGap>> ListGapsAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {GapColumns.Names} FROM knowledge_gaps WHERE $since IS NULL OR occurred_at >= $since ORDER BY occurred_at, id";
        command.With("$since", StoreValues.Instant(since));
        return await command.ReadAllAsync(
            r => GapColumns.Read(r, ReadIds(r.GetString(4)), JsonSerializer.Deserialize<double[]>(r.GetString(5)) ?? [], ReadIds(r.GetString(7))),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();

        // Answers and votes keep the caller's offset, so they are compared as instants, not as text.
        command.CommandText = """
            DELETE FROM knowledge_gaps WHERE occurred_at < $cutoff;
            DELETE FROM answers WHERE julianday(answered_at) < julianday($cutoff);
            DELETE FROM feedback WHERE julianday(received_at) < julianday($cutoff);
            """;
        command.With("$cutoff", StoreValues.Instant(cutoff));
        var deleted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }
}
