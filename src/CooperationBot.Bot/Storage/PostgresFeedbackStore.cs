using Microsoft.Extensions.Options;
using Npgsql;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// The feedback store on a PostgreSQL database, with the behaviour of <see cref="SqliteFeedbackStore"/>. Its tables
/// are steps 3 and 4 of <see cref="PostgresSchema"/>, migrated before the first use.
/// </summary>
public sealed partial class PostgresFeedbackStore : IFeedbackStore, IKnowledgeGapStore, IAsyncDisposable, IDisposable
{
    private readonly PostgresDatabase _database;

    public PostgresFeedbackStore(IOptions<StoreOptions> options, TimeProvider time, PostgresAccessTokenPassword? tokenPassword = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _database = new PostgresDatabase(options.Value, tokenPassword, time);
    }

    public async Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO answers (message_id, question, language, answered, item_ids, knowledge_version, answered_at)
            VALUES (@id, @question, @language, @answered, @items, @version, @at)
            ON CONFLICT (message_id) DO UPDATE SET question = excluded.question, language = excluded.language,
                answered = excluded.answered, item_ids = excluded.item_ids, knowledge_version = excluded.knowledge_version,
                answered_at = excluded.answered_at
            """, connection);
        command.Parameters.AddWithValue("id", answer.MessageId);
        command.Parameters.AddWithValue("question", answer.Question);
        command.Parameters.AddWithValue("language", answer.Language);
        command.Parameters.AddWithValue("answered", answer.Answered);
        command.Parameters.AddWithValue("items", answer.ItemIds.ToArray());
        command.Parameters.AddWithValue("version", answer.KnowledgeVersion);
        command.Parameters.AddWithValue("at", FeedbackInstant.Write(answer.AnsweredAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<AnswerRecord?> FindAnswerAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT message_id, question, language, answered, item_ids, knowledge_version, answered_at
            FROM answers WHERE message_id = @id
            """, connection);
        command.Parameters.AddWithValue("id", messageId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new AnswerRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetBoolean(3),
            reader.GetFieldValue<string[]>(4),
            reader.GetString(5),
            FeedbackInstant.Read(reader.GetString(6)));
    }

    public async Task RecordFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO feedback (rated_message_id, reaction, comment, question, item_ids, received_at)
            VALUES (@message, @reaction, @comment, @question, @items, @at)
            """, connection);
        command.Parameters.AddWithValue("message", (object?)feedback.RatedMessageId ?? DBNull.Value);
        command.Parameters.AddWithValue("reaction", feedback.Reaction);
        command.Parameters.AddWithValue("comment", (object?)feedback.Comment ?? DBNull.Value);
        command.Parameters.AddWithValue("question", (object?)feedback.Question ?? DBNull.Value);
        command.Parameters.AddWithValue("items", feedback.ItemIds.ToArray());
        command.Parameters.AddWithValue("at", FeedbackInstant.Write(feedback.ReceivedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackRecord>> ListFeedbackAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT rated_message_id, reaction, comment, question, item_ids, received_at FROM feedback ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<FeedbackRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new FeedbackRecord(
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<string[]>(4),
                FeedbackInstant.Read(reader.GetString(5))));
        }

        return list;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public void Dispose() => _database.Dispose();
}
