namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Every term of the index per analysis, each with an id (unique over the analyses), the number of items that have
/// it, and per field whether any document has it there (see <see cref="InField"/>).
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int>[] _ids;
    private readonly int[] _frequencies;
    private readonly NearTerms[] _near;

    public Vocabulary(Dictionary<string, int>[] ids, int[] frequencies, bool[][] inField)
    {
        _ids = ids;
        _frequencies = frequencies;
        InField = inField;
        _near = [.. ids.Select(terms => new NearTerms(terms.Keys))];
    }

    /// <summary>Per field of <see cref="SearchFields.All"/> and term id: true when a document has the term in that field.</summary>
    public bool[][] InField { get; }

    /// <summary>The term's id, or -1 when no item has it.</summary>
    public int Id(Analysis analysis, string term) => _ids[(int)analysis].GetValueOrDefault(term, -1);

    /// <summary>How many items have the term.</summary>
    public int Frequency(Analysis analysis, string term) => Frequency(Id(analysis, term));

    /// <summary>How many items have the term with this id (0 for -1).</summary>
    public int Frequency(int id) => id < 0 ? 0 : _frequencies[id];

    /// <summary>The terms within <paramref name="maxEdits"/> edits of a term (same first letter, at least 3 letters), in ordinal order.</summary>
    public IReadOnlyList<string> Near(Analysis analysis, string term, int maxEdits) => _near[(int)analysis].Find(term, maxEdits);
}
