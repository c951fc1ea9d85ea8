using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// The best documents for a question whose words are the SHOULD clauses of one Lucene <see cref="BooleanQuery"/>,
/// scored exactly as Lucene scores that query (each clause's own scorer, summed in clause order in double precision,
/// times the coordination factor), but without scoring every document that has a common word: with an upper bound
/// per clause, the clauses whose bounds together cannot lift a document above the current n-th best are only
/// advanced to the documents the other clauses find ("max-score" pruning). Ties go to the lower document number,
/// as in Lucene's collectors.
/// </summary>
internal static class TopMatches
{
    /// <param name="searcher">The searcher (its similarity gives the coordination factor).</param>
    /// <param name="clauses">Per clause in query order: its normalized weight and an upper bound of its score in any document.</param>
    /// <param name="n">How many documents to return.</param>
    /// <returns>The best documents, highest score first, ties by document number.</returns>
    public static ScoreDoc[] Search(IndexSearcher searcher, IReadOnlyList<(Weight Weight, double Bound)> clauses, int n)
    {
        var coord = new double[clauses.Count + 1];
        for (var i = 0; i < coord.Length; i++)
        {
            // As BooleanWeight.Coord does it: no coordination for a single clause.
            coord[i] = clauses.Count == 1 ? 1f : searcher.Similarity.Coord(i, clauses.Count);
        }

        var best = new TopScores(n);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            Score(leaf, clauses, coord, best);
        }

        return best.ToArray();
    }

    private static void Score(AtomicReaderContext leaf, IReadOnlyList<(Weight Weight, double Bound)> clauses, double[] coord, TopScores best)
    {
        var scorers = new Scorer?[clauses.Count];
        var order = new List<int>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            scorers[i] = clauses[i].Weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorers[i] is { } scorer && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                order.Add(i);
            }
        }

        // Lowest bound first; below[k] is what the first k clauses can add at most.
        order.Sort((x, y) => clauses[x].Bound.CompareTo(clauses[y].Bound));
        var below = new double[order.Count + 1];
        for (var k = 0; k < order.Count; k++)
        {
            below[k + 1] = below[k] + clauses[order[k]].Bound;
        }

        var scores = new float[clauses.Count];
        var optional = 0;
        while (true)
        {
            // The first `optional` clauses cannot make a document one of the best on their own.
            while (optional < order.Count && best.IsFull && below[optional + 1] <= best.Threshold)
            {
                optional++;
            }

            var doc = DocIdSetIterator.NO_MORE_DOCS;
            for (var k = optional; k < order.Count; k++)
            {
                doc = Math.Min(doc, scorers[order[k]]!.DocID);
            }

            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            Array.Clear(scores);
            var partial = 0.0;
            var overlap = 0;
            for (var k = optional; k < order.Count; k++)
            {
                var scorer = scorers[order[k]]!;
                if (scorer.DocID == doc)
                {
                    scores[order[k]] = scorer.GetScore();
                    partial += scores[order[k]];
                    overlap++;
                    scorer.NextDoc();
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
                    var scorer = scorers[order[k]]!;
                    if (scorer.DocID < doc)
                    {
                        scorer.Advance(doc);
                    }

                    if (scorer.DocID == doc)
                    {
                        scores[order[k]] = scorer.GetScore();
                        partial += scores[order[k]];
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

                best.Offer((float)(total * coord[overlap]), leaf.DocBase + doc);
            }
        }
    }
}
