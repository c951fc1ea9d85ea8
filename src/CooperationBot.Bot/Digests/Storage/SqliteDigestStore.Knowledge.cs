using Microsoft.Data.Sqlite;

namespace CooperationBot.Bot.Digests.Storage;

public sealed partial class SqliteDigestStore
{
    /// <inheritdoc />
    public async Task RecordKnowledgeVersionAsync(
        string version, IReadOnlyDictionary<string, string> itemHashes, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemHashes);
        using var writing = await LockWritesAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = BeginImmediate(connection);
        await using var add = Command(connection, """
            INSERT INTO digest_knowledge_versions (version, recorded_at) VALUES ($version, $at) ON CONFLICT (version) DO NOTHING
            """).With("$version", version).With("$at", StoreValues.Instant(at));
        if (await add.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return;
        }

        await using var item = Command(connection, "INSERT INTO digest_knowledge_items (version, item_id, hash) VALUES ($version, $item, $hash)");
        item.Parameters.AddWithValue("$version", version);
        var itemParameter = item.Parameters.Add("$item", SqliteType.Text);
        var hashParameter = item.Parameters.Add("$hash", SqliteType.Text);
        foreach (var (itemId, hash) in itemHashes)
        {
            itemParameter.Value = itemId;
            hashParameter.Value = hash;
            await item.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>?> GetKnowledgeHashesAsync(string version, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var known = Command(connection, "SELECT 1 FROM digest_knowledge_versions WHERE version = $version").With("$version", version);
        if (await known.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        await using var command = Command(connection, "SELECT item_id, hash FROM digest_knowledge_items WHERE version = $version")
            .With("$version", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }
}
