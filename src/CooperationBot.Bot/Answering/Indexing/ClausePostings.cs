using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// A question word's clause read out of the index once: the items it matches, by ascending item ordinal (not Lucene's
/// document number, so how the index writer ordered its documents changes nothing), each with the score the clause's
/// own Lucene scorer gives it (the same float). A search then steps through two arrays instead of a tree of Lucene
/// scorers, and the clause's highest score is an exact bound for pruning.
/// </summary>
internal sealed class ClausePostings
{
    private ClausePostings(int[] docs, float[] scores, float max)
    {
        Docs = docs;
        Scores = scores;
        Max = max;
    }

    /// <summary>The ordinals of the matching items, ascending.</summary>
    public int[] Docs { get; }

    /// <summary>The clause's score in each item of <see cref="Docs"/>.</summary>
    public float[] Scores { get; }

    /// <summary>The highest score in any item (0 when none matches).</summary>
    public float Max { get; }

    public int Count => Docs.Length;

    /// <summary>Scores every document the weight matches, the way a search with only this clause would.</summary>
    /// <param name="weight">The clause's normalized weight.</param>
    /// <param name="reader">The index.</param>
    /// <param name="ordinalOfDoc">The item ordinal of each document of the index.</param>
    public static ClausePostings Read(Weight weight, IndexReader reader, int[] ordinalOfDoc)
    {
        var docs = new List<int>();
        var scores = new List<float>();
        var max = 0f;
        foreach (var leaf in reader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            while (scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var score = scorer.GetScore();
                docs.Add(ordinalOfDoc[leaf.DocBase + scorer.DocID]);
                scores.Add(score);
                max = Math.Max(max, score);
            }
        }

        int[] ordinals = [.. docs];
        float[] values = [.. scores];
        Array.Sort(ordinals, values);
        return new ClausePostings(ordinals, values, max);
    }

    /// <summary>The first position at or after <paramref name="from"/> whose document is at least <paramref name="target"/> (galloping, then binary search).</summary>
    public int Advance(int from, int target)
    {
        var docs = Docs;
        if (from >= docs.Length || docs[from] >= target)
        {
            return from;
        }

        // docs[lo] < target; find hi with docs[hi] >= target (or the end) by doubling steps.
        var lo = from;
        var step = 1;
        var hi = from + 1;
        while (hi < docs.Length && docs[hi] < target)
        {
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }

        hi = Math.Min(hi, docs.Length);
        var at = Array.BinarySearch(docs, lo + 1, hi - lo - 1, target);
        return at >= 0 ? at : ~at;
    }
}
