namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// One informative word of a question with the index terms it stands for, per <see cref="Analysis"/>: its own
/// terms when the index knows them, otherwise the index terms within a small edit distance (a typo).
/// </summary>
internal sealed class QueryWord
{
    public required string Text { get; init; }

    /// <summary>Per analysis: the index terms this word matches, whether they are exact (not a typo's neighbours), and their <see cref="Vocabulary"/> ids.</summary>
    public required IReadOnlyList<(Analysis Analysis, string Term, bool Exact, int Id)> Terms { get; init; }

    /// <summary>The rarity weight: high for words few items have, highest for words no item has.</summary>
    public required double Weight { get; init; }

    /// <summary>True when more than the anchor share of items has this word ("Marokko").</summary>
    public required bool IsAnchor { get; init; }

    /// <summary>
    /// The word's clause of the candidate search, read out once (null for an unknown word): the documents with the
    /// best of its terms over the fields, the others adding a little. BM25 has no query norm, so the clause scores
    /// the same in every question.
    /// </summary>
    public ClausePostings? Postings { get; init; }

    public bool IsKnown => Terms.Count > 0;
}
