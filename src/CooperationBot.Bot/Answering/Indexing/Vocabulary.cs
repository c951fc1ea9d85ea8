namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>Every term of the index per analysis with the number of items that have it.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int>[] _frequencies;
    private readonly NearTerms[] _near;

    public Vocabulary(IEnumerable<ItemTerms> items)
    {
        _frequencies = [.. Enum.GetValues<Analysis>().Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        foreach (var terms in items)
        {
            foreach (var analysis in Enum.GetValues<Analysis>())
            {
                var counts = _frequencies[(int)analysis];
                foreach (var term in terms.All(analysis))
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                }
            }
        }

        _near = [.. _frequencies.Select(counts => new NearTerms(counts.Keys))];
    }

    /// <summary>How many items have the term.</summary>
    public int Frequency(Analysis analysis, string term) => _frequencies[(int)analysis].GetValueOrDefault(term);

    /// <summary>The terms within <paramref name="maxEdits"/> edits of a term (same first letter, at least 3 letters), in ordinal order.</summary>
    public IReadOnlyList<string> Near(Analysis analysis, string term, int maxEdits) => _near[(int)analysis].Find(term, maxEdits);
}
