using System.Collections.Concurrent;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Knowledge;

namespace CooperationBot.Bot.Digests;

/// <summary>
/// The item hashes of each knowledge version, computed once per version and recorded in the store, so a later
/// digest can tell which items an edit of the knowledge file added or changed.
/// </summary>
public sealed class KnowledgeHashes
{
    private readonly IDigestStore _store;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyDictionary<string, string>>>> _recorded = new(StringComparer.Ordinal);

    public KnowledgeHashes(IDigestStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>The snapshot's item hashes, recorded in the store (once per version and process).</summary>
    public Task<IReadOnlyDictionary<string, string>> RecordAsync(KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entry = _recorded.GetOrAdd(snapshot.Version, _ => new Lazy<Task<IReadOnlyDictionary<string, string>>>(() => ComputeAndRecordAsync(snapshot)));
        var task = entry.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            _recorded.TryRemove(new KeyValuePair<string, Lazy<Task<IReadOnlyDictionary<string, string>>>>(snapshot.Version, entry));
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>The item hashes of an earlier version, or null when it was never recorded.</summary>
    public Task<IReadOnlyDictionary<string, string>?> FindAsync(string version, CancellationToken cancellationToken) =>
        _recorded.TryGetValue(version, out var entry) && entry.Value.IsCompletedSuccessfully
            ? Task.FromResult<IReadOnlyDictionary<string, string>?>(entry.Value.Result)
            : _store.GetKnowledgeHashesAsync(version, cancellationToken);

    private async Task<IReadOnlyDictionary<string, string>> ComputeAndRecordAsync(KnowledgeSnapshot snapshot)
    {
        var hashes = KnowledgeItemHashes.Compute(snapshot.Knowledge);
        await _store.RecordKnowledgeVersionAsync(snapshot.Version, hashes, _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        return hashes;
    }
}
