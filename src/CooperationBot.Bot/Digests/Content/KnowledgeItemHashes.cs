using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>
/// A content hash per knowledge item, so a digest can tell which items were added, edited or removed between two
/// versions of the knowledge file: editing one fact changes that fact's hash and no other.
/// </summary>
public static class KnowledgeItemHashes
{
    /// <summary>Hex digits kept of each SHA-256 (64 bits: collisions among a few thousand items are negligible).</summary>
    public const int Length = 16;

    /// <summary>
    /// Item id to hash for every source, topic, person, organisation, fact, figure, quote and visit: the SHA-256 of
    /// the item's kind and its JSON in the knowledge model's own settings, which is the same on every run. A figure's
    /// <c>measure</c> is left out.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Compute(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(hashes, DigestItemKind.Source, knowledge.Sources, s => s.Id);
        Add(hashes, DigestItemKind.Topic, knowledge.Topics, t => t.Id);
        Add(hashes, DigestItemKind.Person, knowledge.People, p => p.Id);
        Add(hashes, DigestItemKind.Organisation, knowledge.Organisations, o => o.Id);
        Add(hashes, DigestItemKind.Fact, knowledge.Facts, f => f.Id);
        // A figure's measure only groups it into a series and is not shown: putting a figure in a series is no change
        // for the reader, so it leaves the hash alone (a new value in the series is a new figure, and that is one).
        Add(hashes, DigestItemKind.Figure, knowledge.Figures.Select(f => f with { Measure = null }), f => f.Id);
        Add(hashes, DigestItemKind.Quote, knowledge.Quotes, q => q.Id);
        Add(hashes, DigestItemKind.Visit, knowledge.Visits, v => v.Id);
        return hashes;
    }

    /// <summary>The hash of one item of <paramref name="kind"/>.</summary>
    public static string Of<T>(DigestItemKind kind, T item)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(item, KnowledgeJson.Options);
        var prefix = Encoding.UTF8.GetBytes(kind + "\n");
        var hash = SHA256.HashData([.. prefix, .. json]);
        return Convert.ToHexStringLower(hash)[..Length];
    }

    private static void Add<T>(Dictionary<string, string> hashes, DigestItemKind kind, IEnumerable<T> items, Func<T, string> id)
    {
        foreach (var item in items)
        {
            // Ids are unique across the file (the loader checks); should one repeat, the first keeps its hash.
            hashes.TryAdd(id(item), Of(kind, item));
        }
    }
}
