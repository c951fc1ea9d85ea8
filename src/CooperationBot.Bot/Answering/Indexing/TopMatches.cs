using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// The best documents for a question whose words are the SHOULD clauses of one Lucene <see cref="BooleanQuery"/>,
/// scored as Lucene scores that query (each clause's score as its own scorer gives it, summed in clause order in double
/// precision, times the coordination factor), but from each clause's <see cref="ClausePostings"/> and without scoring
/// every document that has a common word: with each clause's highest score as its bound, the clauses whose bounds
/// together cannot lift a document above the current n-th best are only advanced to the documents the other clauses
/// find ("max-score" pruning). Ties go to the lower item ordinal (the knowledge file's order), as Lucene's collectors
/// give them to the lower document number.
/// </summary>
internal static class TopMatches
{
    /// <summary>Keeps a sum of bounds above a sum of scores whatever the rounding.</summary>
    private const double BoundMargin = 1.001;

    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;

    /// <param name="similarity">The similarity the index is searched with (it gives the coordination factor).</param>
    /// <param name="clauses">Per clause in query order: what it matches and scores.</param>
    /// <param name="n">How many documents to return.</param>
    /// <returns>The best items (their ordinals as the document), highest score first, ties by ordinal.</returns>
    public static ScoreDoc[] Search(Similarity similarity, IReadOnlyList<ClausePostings> clauses, int n)
    {
        var coord = new double[clauses.Count + 1];
        for (var i = 0; i < coord.Length; i++)
        {
            // As BooleanWeight.Coord does it: no coordination for a single clause.
            coord[i] = clauses.Count == 1 ? 1f : similarity.Coord(i, clauses.Count);
        }

        var order = new List<int>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            if (clauses[i].Count > 0)
            {
                order.Add(i);
            }
        }

        // Lowest bound first; below[k] is what the first k clauses can add at most.
        order.Sort((x, y) => clauses[x].Max.CompareTo(clauses[y].Max));
        var below = new double[order.Count + 1];
        for (var k = 0; k < order.Count; k++)
        {
            below[k + 1] = below[k] + (clauses[order[k]].Max * BoundMargin);
        }

        var best = new TopScores(n);
        Score(clauses, order, below, coord, best);
        return best.ToArray();
    }

    private static void Score(IReadOnlyList<ClausePostings> clauses, List<int> order, double[] below, double[] coord, TopScores best)
    {
        var at = new int[clauses.Count];
        var scores = new float[clauses.Count];
        var optional = 0;
        while (true)
        {
            // The first `optional` clauses cannot make a document one of the best on their own.
            while (optional < order.Count && best.IsFull && below[optional + 1] <= best.Threshold)
            {
                optional++;
            }

            var doc = NoMoreDocs;
            for (var k = optional; k < order.Count; k++)
            {
                var c = order[k];
                if (at[c] < clauses[c].Count)
                {
                    doc = Math.Min(doc, clauses[c].Docs[at[c]]);
                }
            }

            if (doc == NoMoreDocs)
            {
                return;
            }

            Array.Clear(scores);
            var partial = 0.0;
            var overlap = 0;
            for (var k = optional; k < order.Count; k++)
            {
                var c = order[k];
                var clause = clauses[c];
                if (at[c] < clause.Count && clause.Docs[at[c]] == doc)
                {
                    scores[c] = clause.Scores[at[c]];
                    partial += scores[c];
                    overlap++;
                    at[c]++;
                }
            }

            var possible = true;
            for (var k = optional - 1; k >= 0 && possible; k--)
            {
                if (best.IsFull && partial + below[k + 1] <= best.Threshold)
                {
                    possible = false;
                }
                else
                {
                    var c = order[k];
                    var clause = clauses[c];
                    at[c] = clause.Advance(at[c], doc);
                    if (at[c] < clause.Count && clause.Docs[at[c]] == doc)
                    {
                        scores[c] = clause.Scores[at[c]];
                        partial += scores[c];
                        overlap++;
                    }
                }
            }

            if (possible)
            {
                // Lucene's BooleanScorer: a double sum in clause order, times the coordination factor, as a float.
                var total = 0.0;
                foreach (var score in scores)
                {
                    total += score;
                }

                best.Offer((float)(total * coord[overlap]), doc);
            }
        }
    }
}
