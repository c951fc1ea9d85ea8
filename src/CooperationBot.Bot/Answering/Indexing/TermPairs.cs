namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>Collects (item, term entry) pairs in any order and sorts them into <see cref="ItemTerms"/>.</summary>
internal sealed class TermPairs(int items)
{
    private readonly List<int> _items = [];
    private readonly List<int> _entries = [];

    public void Add(int item, int entry)
    {
        _items.Add(item);
        _entries.Add(entry);
    }

    /// <summary>Per item its entries sorted, one per term id (curated when any of its entries is); and per term id the number of items that have it.</summary>
    public (ItemTerms Terms, int[] Frequencies) ToItemTerms(int termCount)
    {
        var starts = new int[items + 1];
        foreach (var item in _items)
        {
            starts[item + 1]++;
        }

        for (var i = 0; i < items; i++)
        {
            starts[i + 1] += starts[i];
        }

        var sorted = new int[_entries.Count];
        var next = starts[..^1];
        for (var i = 0; i < _entries.Count; i++)
        {
            sorted[next[_items[i]]++] = _entries[i];
        }

        var frequencies = new int[termCount];
        var compact = new int[sorted.Length];
        var compactStarts = new int[items + 1];
        var length = 0;
        for (var item = 0; item < items; item++)
        {
            var run = sorted.AsSpan(starts[item], starts[item + 1] - starts[item]);
            run.Sort();
            compactStarts[item] = length;
            foreach (var entry in run)
            {
                if (length > compactStarts[item] && compact[length - 1] >> 1 == entry >> 1)
                {
                    compact[length - 1] |= entry;
                }
                else
                {
                    compact[length++] = entry;
                    frequencies[entry >> 1]++;
                }
            }
        }

        compactStarts[items] = length;
        return (new ItemTerms(compactStarts, compact[..length]), frequencies);
    }
}
