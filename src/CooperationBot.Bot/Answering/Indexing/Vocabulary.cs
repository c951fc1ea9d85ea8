namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>Every term of the index per analysis with the number of items that have it.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int>[] _frequencies;

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
    }

    /// <summary>How many items have the term.</summary>
    public int Frequency(Analysis analysis, string term) => _frequencies[(int)analysis].GetValueOrDefault(term);

    /// <summary>The terms within <paramref name="maxEdits"/> edits of a term (same first letter), in ordinal order.</summary>
    public IEnumerable<string> Near(Analysis analysis, string term, int maxEdits) =>
        _frequencies[(int)analysis].Keys
            .Where(t => t.Length >= 3 && t[0] == term[0] && EditDistance.Within(term, t, maxEdits))
            .Order(StringComparer.Ordinal);
}
