using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// The feedback store on a SQLite file, with the curators' knowledge gaps; creates its folder and tables on first use
/// (tables added later, such as <c>knowledge_gaps</c>, are created in files made by an older version too, and columns
/// added later, such as <c>knowledge_gaps.missing</c>, are added to their tables).
/// </summary>
public sealed partial class SqliteFeedbackStore : IFeedbackStore, IKnowledgeGapStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS answers (
            message_id TEXT PRIMARY KEY,
            question TEXT NOT NULL,
            language TEXT NOT NULL,
            answered INTEGER NOT NULL,
            item_ids TEXT NOT NULL,
            knowledge_version TEXT NOT NULL,
            answered_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            rated_message_id TEXT,
            reaction TEXT NOT NULL,
            comment TEXT,
            question TEXT,
            item_ids TEXT NOT NULL,
            received_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS knowledge_gaps (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            question TEXT,
            language TEXT,
            occurred_at TEXT NOT NULL,
            candidate_ids TEXT NOT NULL,
            candidate_scores TEXT NOT NULL,
            comment TEXT,
            answer_item_ids TEXT NOT NULL,
            missing TEXT);
        CREATE INDEX IF NOT EXISTS ix_knowledge_gaps_occurred ON knowledge_gaps (occurred_at);
        """;

    /// <summary>
    /// The columns added to a table after it was first released (a file made before has the table without them), each
    /// as the query that counts it and the statement that adds it.
    /// </summary>
    private static readonly (string Count, string Add)[] AddedColumns =
    [
        ("SELECT COUNT(*) FROM pragma_table_info('knowledge_gaps') WHERE name = 'missing'", "ALTER TABLE knowledge_gaps ADD COLUMN missing TEXT"),
    ];

    private readonly string _connectionString;
    private readonly SemaphoreSlim _init = new(1, 1);
    private bool _initialized;

    public SqliteFeedbackStore(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connectionString = options.Value.ConnectionString;
    }

    public async Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO answers (message_id, question, language, answered, item_ids, knowledge_version, answered_at)
            VALUES ($id, $question, $language, $answered, $items, $version, $at)
            """;
        command.Parameters.AddWithValue("$id", answer.MessageId);
        command.Parameters.AddWithValue("$question", answer.Question);
        command.Parameters.AddWithValue("$language", answer.Language);
        command.Parameters.AddWithValue("$answered", answer.Answered ? 1 : 0);
        command.Parameters.AddWithValue("$items", JsonSerializer.Serialize(answer.ItemIds));
        command.Parameters.AddWithValue("$version", answer.KnowledgeVersion);
        command.Parameters.AddWithValue("$at", FeedbackInstant.Write(answer.AnsweredAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<AnswerRecord?> FindAnswerAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT message_id, question, language, answered, item_ids, knowledge_version, answered_at
            FROM answers WHERE message_id = $id
            """;
        command.Parameters.AddWithValue("$id", messageId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new AnswerRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetInt64(3) != 0,
            ReadIds(reader.GetString(4)),
            reader.GetString(5),
            FeedbackInstant.Read(reader.GetString(6)));
    }

    public async Task RecordFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (rated_message_id, reaction, comment, question, item_ids, received_at)
            VALUES ($message, $reaction, $comment, $question, $items, $at)
            """;
        command.Parameters.AddWithValue("$message", (object?)feedback.RatedMessageId ?? DBNull.Value);
        command.Parameters.AddWithValue("$reaction", feedback.Reaction);
        command.Parameters.AddWithValue("$comment", (object?)feedback.Comment ?? DBNull.Value);
        command.Parameters.AddWithValue("$question", (object?)feedback.Question ?? DBNull.Value);
        command.Parameters.AddWithValue("$items", JsonSerializer.Serialize(feedback.ItemIds));
        command.Parameters.AddWithValue("$at", FeedbackInstant.Write(feedback.ReceivedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackRecord>> ListFeedbackAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rated_message_id, reaction, comment, question, item_ids, received_at FROM feedback ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<FeedbackRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new FeedbackRecord(
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                ReadIds(reader.GetString(4)),
                FeedbackInstant.Read(reader.GetString(5))));
        }

        return list;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        if (!_initialized)
        {
            EnsureFolder(connection.DataSource);
        }

        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!_initialized)
        {
            await _init.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_initialized)
                {
                    await CreateSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
                    _initialized = true;
                }
            }
            finally
            {
                _init.Release();
            }
        }

        return connection;
    }

    /// <summary>
    /// Creates the tables that are missing and adds the <see cref="AddedColumns"/> a table lacks, in one
    /// <c>BEGIN IMMEDIATE</c> transaction, so that two processes that open an older file at once add a column once.
    /// </summary>
    private static async Task CreateSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.CommandText = Schema;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (count, add) in AddedColumns)
        {
            command.CommandText = count;
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                command.CommandText = add;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void EnsureFolder(string dataSource)
    {
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static string[] ReadIds(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
