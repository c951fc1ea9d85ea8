using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Reads the <see cref="Vocabulary"/> and the <see cref="ItemTerms"/> from the built Lucene index in one walk over
/// its postings, so the items' text is analyzed once (by the index writer), not again per item.
/// </summary>
internal static class IndexedTerms
{
    /// <summary>Makes the bounds safe against float rounding in Lucene's own arithmetic.</summary>
    private const double BoundMargin = 1.001;

    /// <param name="reader">The index.</param>
    /// <param name="ordinalOfDoc">The item ordinal of each document.</param>
    /// <param name="ownNames">Per item: its own names analyzed as names (curated name terms).</param>
    /// <param name="similarity">The similarity the index is searched with, for the score bounds.</param>
    public static (Vocabulary Vocabulary, ItemTerms Terms) Read(
        IndexReader reader, int[] ordinalOfDoc, IReadOnlyList<IReadOnlyList<string>> ownNames, BM25Similarity similarity)
    {
        var ids = Enum.GetValues<Analysis>().Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var pairs = new TermPairs(ownNames.Count);
        var bounds = new List<(int Field, int Id, float Bound)>();
        var count = 0;
        for (var field = 0; field < SearchFields.All.Count; field++)
        {
            ReadField(reader, field, ids, ref count, ordinalOfDoc, pairs, bounds, similarity);
        }

        var names = ids[(int)Analysis.Name];
        for (var item = 0; item < ownNames.Count; item++)
        {
            foreach (var term in ownNames[item])
            {
                // A name term is always in the item's names field; one that is not could never match anyway.
                if (names.TryGetValue(term, out var id))
                {
                    pairs.Add(item, (id * 2) + 1);
                }
            }
        }

        var fieldBounds = SearchFields.All.Select(_ => new float[count]).ToArray();
        foreach (var (field, id, bound) in bounds)
        {
            fieldBounds[field][id] = bound;
        }

        var (terms, frequencies) = pairs.ToItemTerms(count);
        return (new Vocabulary(ids, frequencies, fieldBounds), terms);
    }

    private static void ReadField(
        IndexReader reader,
        int field,
        Dictionary<string, int>[] ids,
        ref int count,
        int[] ordinalOfDoc,
        TermPairs pairs,
        List<(int Field, int Id, float Bound)> bounds,
        BM25Similarity similarity)
    {
        var (name, analysis, _) = SearchFields.All[field];
        var terms = MultiFields.GetTerms(reader, name);
        if (terms is null)
        {
            return;
        }

        var curated = SearchFields.IsCurated(name) ? 1 : 0;
        var norms = MultiDocValues.GetNormValues(reader, name);
        var k1 = (double)similarity.K1;
        var b = (double)similarity.B;
        var averageLength = terms.SumTotalTermFreq / (double)Math.Max(1, terms.DocCount);
        var known = ids[(int)analysis];
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            var text = termsEnum.Term.Utf8ToString();
            if (!known.TryGetValue(text, out var id))
            {
                id = count++;
                known[text] = id;
            }

            docs = termsEnum.Docs(null, docs, DocsFlags.FREQS);
            var best = 0.0;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                pairs.Add(ordinalOfDoc[doc], (id * 2) + curated);
                best = Math.Max(best, Saturation(docs.Freq, norms?.Get(doc), k1, b, averageLength));
            }

            // BM25: idf × boost × (k1 + 1) × freq / (freq + k1 × (1 − b + b × length / average)); the idf is taken
            // over all documents and the average length over those with the field, both at least Lucene's own.
            var frequency = termsEnum.DocFreq;
            var idf = Math.Log(1 + ((reader.MaxDoc - frequency + 0.5) / (frequency + 0.5)));
            bounds.Add((field, id, (float)(idf * (k1 + 1) * best * BoundMargin)));
        }
    }

    /// <summary>The term-frequency part of BM25 for one document: freq / (freq + k1 × (1 − b + b × length / average)).</summary>
    private static double Saturation(int frequency, long? norm, double k1, double b, double averageLength)
    {
        if (norm is null)
        {
            return frequency / (frequency + k1);
        }

        // Lucene stores 1/sqrt(length) in one byte; the length it scores with is the decoded one.
        var encoded = SmallSingle.SByte315ToSingle((sbyte)norm.Value);
        var length = 1.0 / ((double)encoded * encoded);
        return frequency / (frequency + (k1 * ((1 - b) + (b * length / averageLength))));
    }
}
