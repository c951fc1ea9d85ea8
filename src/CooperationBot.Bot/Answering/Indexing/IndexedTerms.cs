using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Reads the <see cref="Vocabulary"/> and the <see cref="ItemTerms"/> from the built Lucene index in one walk over
/// its postings, so the items' text is analyzed once (by the index writer), not again per item.
/// </summary>
internal static class IndexedTerms
{
    /// <param name="reader">The index.</param>
    /// <param name="ordinalOfDoc">The item ordinal of each document.</param>
    /// <param name="ownNames">Per item: its own names analyzed as names (curated name terms).</param>
    public static (Vocabulary Vocabulary, ItemTerms Terms) Read(
        IndexReader reader, int[] ordinalOfDoc, IReadOnlyList<IReadOnlyList<string>> ownNames)
    {
        var ids = Enum.GetValues<Analysis>().Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var pairs = new TermPairs(ownNames.Count);
        var inFields = SearchFields.All.Select(_ => new List<int>()).ToArray();
        var count = 0;
        for (var field = 0; field < SearchFields.All.Count; field++)
        {
            ReadField(reader, field, ids, ref count, ordinalOfDoc, pairs, inFields[field]);
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

        var inField = inFields.Select(_ => new bool[count]).ToArray();
        for (var field = 0; field < inFields.Length; field++)
        {
            foreach (var id in inFields[field])
            {
                inField[field][id] = true;
            }
        }

        var (terms, frequencies) = pairs.ToItemTerms(count);
        return (new Vocabulary(ids, frequencies, inField), terms);
    }

    private static void ReadField(
        IndexReader reader,
        int field,
        Dictionary<string, int>[] ids,
        ref int count,
        int[] ordinalOfDoc,
        TermPairs pairs,
        List<int> inField)
    {
        var (name, analysis, _) = SearchFields.All[field];
        var terms = MultiFields.GetTerms(reader, name);
        if (terms is null)
        {
            return;
        }

        var curated = SearchFields.IsCurated(name) ? 1 : 0;
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

            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                pairs.Add(ordinalOfDoc[doc], (id * 2) + curated);
            }

            inField.Add(id);
        }
    }
}
