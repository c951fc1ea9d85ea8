namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// The analyzed terms of every item, to tell which words of a question an item matches: per item one sorted
/// run of entries <c>termId * 2 + curated</c> in one shared array (term ids from <see cref="Vocabulary"/>, so an
/// item's Dutch, English and name terms share the run). Curated terms are those of tags, questions, kind words and,
/// for names, the item's own names.
/// </summary>
internal sealed class ItemTerms
{
    private readonly int[] _starts;
    private readonly int[] _entries;

    /// <param name="starts">Per item where its run starts in <paramref name="entries"/>, plus the end as the last value.</param>
    /// <param name="entries">The runs, each sorted ascending with one entry per term id.</param>
    public ItemTerms(int[] starts, int[] entries)
    {
        _starts = starts;
        _entries = entries;
    }

    /// <summary>True when the item has the term; <paramref name="curated"/> tells whether a curated field holds it.</summary>
    public bool Has(int item, int termId, out bool curated)
    {
        var run = _entries.AsSpan(_starts[item], _starts[item + 1] - _starts[item]);
        var at = run.BinarySearch(termId * 2);
        if (at < 0)
        {
            at = ~at;
        }

        curated = at < run.Length && run[at] == (termId * 2) + 1;
        return at < run.Length && run[at] >> 1 == termId;
    }
}
