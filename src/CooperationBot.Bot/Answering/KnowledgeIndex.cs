using System.Collections.Concurrent;
using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Answering.Indexing;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CooperationBot.Bot.Answering;

/// <summary>
/// An immutable in-memory Lucene index over the answerable items of one <see cref="KnowledgeSnapshot"/>:
/// Dutch and English text (stemmed, stop words removed), tags, curated questions, names and aliases, with field
/// boosts and typo tolerance. Searching is thread-safe.
/// </summary>
public sealed class KnowledgeIndex
{
    private const int Candidates = 20;
    private const float TypoBoost = 0.6f;
    private const double TypoMatch = 0.8;
    private const int MaxQuestionWords = 40;
    private const float TieBreaker = 0.2f;

    /// <summary>How many resolved question words are kept (a question's words repeat; a flood of new ones must not grow memory).</summary>
    private const int MaxCachedWords = 50_000;

    /// <summary>
    /// How many postings the kept words may hold together, per item of the index (at least <see cref="MinCachedPostings"/>):
    /// 8 bytes each, so at most 32 MB at 100,000 items.
    /// </summary>
    private const int CachedPostingsPerItem = 40;

    private const long MinCachedPostings = 1_000_000;

    /// <summary>Below twice this many items the index is written by one writer: a second one would cost more than it saves.</summary>
    private const int MinItemsPerHalf = 500;

    /// <summary>Terms (after stemming) this long may have one typo; <see cref="TwoTyposLength"/> and longer two.</summary>
    private const int MinTypoLength = 5;

    private const int TwoTyposLength = 7;

    /// <summary>A person or organisation asked about by name ranks above the facts that mention it.</summary>
    private const double NamedBonus = 0.2;

    /// <summary>Every informative word matched exactly: evidence even when all of them are domain words.</summary>
    private const double FullCoverage = 0.999;

    /// <summary>An item that gives the kind of answer asked for (a date for "wanneer") ranks a little higher.</summary>
    private const double IntentBonus = 0.15;

    /// <summary>A visit sums up its facts: a fact that matches as well is the more precise answer.</summary>
    private const double VisitPenalty = 0.05;

    private readonly List<IndexedItem> _items;
    private readonly Dictionary<string, int> _itemsById;
    private readonly ItemTerms _terms;
    private readonly Vocabulary _vocabulary;
    private readonly IndexSearcher _searcher;
    private readonly double _anchorShare;
    private readonly Analyzers _analyzers;
    private readonly RelatedItems _related;
    private readonly int[] _ordinalOfDoc;
    private readonly ConcurrentDictionary<string, QueryWord> _resolved = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]> _wholeTerms = new(StringComparer.Ordinal);
    private long _cachedPostings;

    private KnowledgeIndex(KnowledgeSnapshot snapshot, List<IndexedItem> items, double anchorShare)
    {
        Snapshot = snapshot;
        Reader = new QuestionReader(snapshot.Knowledge);
        Timeline = new Timeline.AnswerTimeline(snapshot.Knowledge);
        _items = items;
        _anchorShare = anchorShare;
        _itemsById = new(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            _itemsById.TryAdd(items[i].Id, i);
        }

        // The items' words are read once, on all cores (the analyzers are thread-safe; the results do not depend on the order).
        var words = ItemWords.Of(items);
        _analyzers = new Analyzers(words.Dutch);
        var names = ItemNames.Of(items, words.Mentioning);
        var ownNames = items.Select(OwnNameTerms).ToList();
        _related = new RelatedItems(items);
        var reader = Write(items, names);
        _ordinalOfDoc = OrdinalsOf(reader);
        _searcher = new IndexSearcher(reader)
        {
            Similarity = new BM25Similarity(),
        };
        (_vocabulary, _terms) = IndexedTerms.Read(reader, _ordinalOfDoc, ownNames);
    }

    /// <summary>The knowledge this index was built from.</summary>
    public KnowledgeSnapshot Snapshot { get; }

    /// <summary>Reads what a question asks for, with this knowledge's home country and names.</summary>
    internal QuestionReader Reader { get; }

    /// <summary>The knowledge's series, superseded items and conflicts, as answers need them.</summary>
    internal Timeline.AnswerTimeline Timeline { get; }

    /// <summary>The number of answerable items.</summary>
    public int Count => _items.Count;

    internal IReadOnlyList<IndexedItem> Items => _items;

    /// <summary>Builds the index of a snapshot (the caller's thread does the work).</summary>
    public static KnowledgeIndex Build(KnowledgeSnapshot snapshot, AnsweringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var anchorShare = (options ?? new AnsweringOptions()).AnchorItemShare;
        return new KnowledgeIndex(snapshot, KnowledgeItems.Extract(snapshot.Knowledge), anchorShare);
    }

    internal IndexedItem? Find(string id) => _itemsById.TryGetValue(id, out var i) ? _items[i] : null;

    /// <summary>The visits whose related ids hold the item.</summary>
    internal IReadOnlyList<IndexedItem> VisitsHolding(string id) => _related.VisitsHolding(id);

    /// <summary>The items of a topic, visits left out, in knowledge order.</summary>
    internal IReadOnlyList<IndexedItem> OfTopic(string? topic) => _related.OfTopic(topic);

    /// <summary>
    /// What a question asks for and its constraints; a word this index has as it is is never read as a typo, and a
    /// word it has nowhere (not as it is, as a typo, or by a compound's parts) is unheard.
    /// </summary>
    internal QuestionNeeds Needs(string question, DateOnly today) =>
        Reader.Read(question, today, word => Resolved(word).Terms.Any(t => t.Exact), word => Resolved(word).IsKnown);

    /// <summary>
    /// The item a question finds in place of <paramref name="hit"/>: the item that replaced it, when it was superseded,
    /// unless the hit is a person the question names ("Wie is Jansen?" asks about Jansen, even when somebody else now
    /// holds his office).
    /// </summary>
    internal SearchHit Current(SearchHit hit, QuestionNeeds needs)
    {
        if (!Timeline.IsSuperseded(hit.ItemId) || Find(hit.ItemId) is not { } item)
        {
            return hit;
        }

        var named = item.Kind == AnswerItemKind.Person && item.OwnNames
            .Select(name => TextWords.Of(name).Where(w => w.Length > 2 && !FunctionWords.Contains(w)).ToList())
            .Any(words => words.Count > 0 && words.All(needs.Words.Contains));
        return !named && Find(Timeline.Current(hit.ItemId)) is { } current ? hit with { ItemId = current.Id, Kind = current.Kind } : hit;
    }

    /// <summary>The parts of a question the item does not answer (none: it answers the question).</summary>
    internal List<MissingPart> Missing(string itemId, QuestionNeeds needs)
    {
        if (!_itemsById.TryGetValue(itemId, out var ordinal))
        {
            return [];
        }

        return ItemCheck.Missing(_items[ordinal], needs, key => Has(ordinal, key, typos: ConstraintWords.KindOf(key) is null or ConstraintKind.Office or ConstraintKind.Organisation), Reader);
    }

    /// <summary>
    /// True when the item has the word as a whole (its stem, an alias, or with <paramref name="typos"/> a typo's
    /// neighbour), not just a part of a compound. A word of the constraint lists other than an office or organisation
    /// is spelled right: "politics" is no typo of "policy" (a "ministry" is still near its "minister").
    /// </summary>
    private bool Has(int ordinal, string key, bool typos)
    {
        foreach (var id in WholeTerms(key, typos))
        {
            if (_terms.Has(ordinal, id, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ids of a word's whole terms, per analysis the first term an analyzer makes of it (before compound parts): the
    /// term itself when the index has it, else the terms within a typo's distance of it.
    /// </summary>
    private int[] WholeTerms(string word, bool typos = true)
    {
        if (typos && _wholeTerms.TryGetValue(word, out var ids))
        {
            return ids;
        }

        var whole = new List<int>();
        foreach (var analysis in Enum.GetValues<Analysis>())
        {
            var terms = SearchFields.Analyze(_analyzers.For(analysis), word);
            if (terms.Count == 0)
            {
                continue;
            }

            var term = terms[0];
            if (_vocabulary.Id(analysis, term) is >= 0 and var id)
            {
                whole.Add(id);
            }
            else if (typos && term.Length >= MinTypoLength)
            {
                whole.AddRange(_vocabulary.Near(analysis, term, term.Length >= TwoTyposLength ? 2 : 1).Select(near => _vocabulary.Id(analysis, near)));
            }
        }

        ids = [.. whole.Distinct()];
        if (typos && _wholeTerms.Count < MaxCachedWords)
        {
            _wholeTerms.TryAdd(word, ids);
        }

        return ids;
    }

    /// <summary>Finds the items that best answer a question, best first, each with its confidence.</summary>
    public SearchResult Search(string question, int maxHits = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        var allWords = TextWords.Of(question).ToList();
        var intent = QuestionIntents.Of(allWords);
        var words = ParseQuestion(allWords);
        var totalWeight = words.Sum(w => w.Weight);
        var inDomain = words.Any(w => w.IsKnown && !w.IsAnchor);
        if (!words.Any(w => w.IsKnown) || maxHits <= 0)
        {
            return new SearchResult([], words.Count, inDomain);
        }

        var top = TopMatches.Search(_searcher.Similarity, [.. words.Where(w => w.IsKnown).Select(w => w.Postings!)], Candidates);
        var maxScore = top.Length > 0 ? top[0].Score : 1f;
        var hits = new List<(SearchHit Hit, double Rank)>(top.Length);
        foreach (var scoreDoc in top)
        {
            var ordinal = scoreDoc.Doc;
            var (coverage, evidence, named) = Match(words, ordinal, totalWeight);
            var item = _items[ordinal];
            var hit = new SearchHit(item.Id, item.Kind, scoreDoc.Score, coverage, evidence);
            hits.Add((hit, (0.7 * coverage) + (0.3 * scoreDoc.Score / maxScore) + (named ? NamedBonus : 0) + ((item.Answers & intent) != 0 ? IntentBonus : 0) - (item.Kind == AnswerItemKind.Visit ? VisitPenalty : 0)));
        }

        var ranked = hits
            .OrderByDescending(h => h.Hit.HasEvidence)
            .ThenByDescending(h => Math.Round(h.Rank, 6))
            .ThenBy(h => h.Hit.ItemId, StringComparer.Ordinal)
            .Take(maxHits)
            .Select(h => h.Hit)
            .ToList();
        return new SearchResult(ranked, words.Count, inDomain);
    }

    private List<QueryWord> ParseQuestion(IEnumerable<string> allWords)
    {
        var words = new List<QueryWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in allWords)
        {
            if (words.Count == MaxQuestionWords)
            {
                break;
            }

            if (!FunctionWords.Contains(raw) && seen.Add(raw) && Resolved(raw) is var word
                && (word.IsKnown || !LightWords.Contains(raw)))
            {
                // A light word no item has ("loopt", "nieuwsbrief") says nothing the answer lacks: it does not count.
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>The word resolved against this index: the same every time, so kept after the first question that has it.</summary>
    private QueryWord Resolved(string word)
    {
        if (_resolved.TryGetValue(word, out var resolved))
        {
            return resolved;
        }

        resolved = Resolve(word);
        var postings = resolved.Postings?.Count ?? 0;
        if (_resolved.Count >= MaxCachedWords)
        {
            return resolved;
        }

        var budget = Math.Max(MinCachedPostings, (long)CachedPostingsPerItem * _items.Count);
        if (Interlocked.Add(ref _cachedPostings, postings) > budget || !_resolved.TryAdd(word, resolved))
        {
            // Over the budget, or another thread kept the word first: these postings are not held.
            Interlocked.Add(ref _cachedPostings, -postings);
        }

        return resolved;
    }

    private QueryWord Resolve(string word)
    {
        var terms = new List<(Analysis, string, bool, int)>();
        var analyzed = new List<(Analysis Analysis, string Term)>();
        foreach (var analysis in Enum.GetValues<Analysis>())
        {
            foreach (var term in SearchFields.Analyze(_analyzers.For(analysis), word))
            {
                analyzed.Add((analysis, term));
                var id = _vocabulary.Id(analysis, term);
                if (id >= 0)
                {
                    terms.Add((analysis, term, true, id));
                }
            }
        }

        if (terms.Count == 0)
        {
            foreach (var (analysis, term) in analyzed.Where(a => a.Term.Length >= MinTypoLength))
            {
                var maxEdits = term.Length >= TwoTyposLength ? 2 : 1;
                terms.AddRange(_vocabulary.Near(analysis, term, maxEdits).Select(near => (analysis, near, false, _vocabulary.Id(analysis, near))));
            }
        }

        // A word no item has weighs as much as the rarest known word: a question's filler words ("beter",
        // "gebruiken") then cost an answer as much as a missing subject word, not more.
        // Per analysis the rarest of the word's terms (a compound's own term, not its common parts), then the
        // most common analysis (a Dutch word that an English tag happens to hold stays as common as in Dutch).
        var frequency = terms.Count == 0 ? 1 : terms
            .GroupBy(t => t.Item1)
            .Max(g => g.Min(t => _vocabulary.Frequency(t.Item4)));
        var postings = terms.Count == 0 ? null : Clause(terms);
        return new QueryWord
        {
            Text = word,
            Terms = terms,
            Weight = Math.Log(1 + (_items.Count / (frequency + 0.5))),
            IsAnchor = terms.Count > 0 && frequency > _anchorShare * _items.Count,
            Postings = postings,
        };
    }

    /// <summary>
    /// A known word's clause, read out as postings: the best of its terms over the fields (a disjunction, the others
    /// adding a little), scored by a Lucene weight normalized as IndexSearcher would (BM25's query norm is 1 whatever
    /// the other clauses). A field that lacks the term is left out: it could add nothing.
    /// </summary>
    private ClausePostings Clause(List<(Analysis Analysis, string Term, bool Exact, int Id)> terms)
    {
        var perWord = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (analysis, term, exact, id) in terms)
        {
            for (var field = 0; field < SearchFields.All.Count; field++)
            {
                var (name, fieldAnalysis, boost) = SearchFields.All[field];
                if (fieldAnalysis == analysis && _vocabulary.InField[field][id])
                {
                    perWord.Add(new TermQuery(new Term(name, term)) { Boost = exact ? boost : boost * TypoBoost });
                }
            }
        }

        var weight = _searcher.Rewrite(perWord).CreateWeight(_searcher);
        weight.Normalize(_searcher.Similarity.QueryNorm(weight.GetValueForNormalization()), 1f);
        return ClausePostings.Read(weight, _searcher.IndexReader, _ordinalOfDoc);
    }

    private (double Coverage, bool Evidence, bool Named) Match(List<QueryWord> words, int ordinal, double totalWeight)
    {
        var item = _items[ordinal];
        var matched = 0.0;
        var rareMatches = 0;
        var evidence = false;
        var named = false;
        foreach (var word in words)
        {
            var match = 0.0;
            var curated = false;
            var ownName = false;
            foreach (var (analysis, _, exact, id) in word.Terms)
            {
                if (_terms.Has(ordinal, id, out var isCurated))
                {
                    match = Math.Max(match, exact ? 1.0 : TypoMatch);
                    curated |= isCurated;
                    ownName |= analysis == Analysis.Name && isCurated;
                }
            }

            if (match > 0)
            {
                matched += word.Weight * match;
                named |= ownName && item.Kind is AnswerItemKind.Person or AnswerItemKind.Organisation;
                if (!word.IsAnchor)
                {
                    rareMatches++;
                    evidence |= curated;
                }
            }
        }

        var coverage = totalWeight > 0 ? matched / totalWeight : 0;
        evidence |= named || rareMatches >= 2 || (words.Count >= 2 && coverage >= FullCoverage);
        return (coverage, evidence, named);
    }

    /// <summary>
    /// Writes the items' documents in item order. A large knowledge is written as two halves at once, each by a writer
    /// of its own, and read as one: the statistics BM25 scores with are the index's, not a half's, and a document's
    /// number stays its item's ordinal.
    /// </summary>
    private IndexReader Write(List<IndexedItem> items, List<string>[] names)
    {
        var parts = items.Count >= MinItemsPerHalf * 2 ? 2 : 1;
        var readers = new DirectoryReader[parts];
        Parallel.For(0, parts, part => readers[part] = DirectoryReader.Open(Write(items, names, part * items.Count / parts, (part + 1) * items.Count / parts)));
        return parts == 1 ? readers[0] : new MultiReader(readers);
    }

    private RAMDirectory Write(List<IndexedItem> items, List<string>[] names, int from, int to)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(SearchFields.Version, _analyzers.PerField)
        {
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = from; i < to; i++)
            {
                writer.AddDocument(Document(items[i], i, names[i]));
            }

            // No merge into one segment: questions look terms up only when a word is first resolved.
            writer.Commit();
        }

        return directory;
    }

    /// <summary>The item ordinal of every document, read once from the id doc values of each segment.</summary>
    private static int[] OrdinalsOf(IndexReader reader)
    {
        var ordinals = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var ids = leaf.AtomicReader.GetNumericDocValues(SearchFields.Id);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                ordinals[leaf.DocBase + doc] = (int)ids.Get(doc);
            }
        }

        return ordinals;
    }

    private static Document Document(IndexedItem item, int ordinal, List<string> names)
    {
        var kind = KindWords.For(item.Kind);
        var document = new Document
        {
            new NumericDocValuesField(SearchFields.Id, ordinal),
            new TextField(SearchFields.TextNl, Join(item.Extra.Select(t => t.Nl).Prepend(item.Text.Nl)), Field.Store.NO),
            new TextField(SearchFields.TextEn, Join(item.Extra.Select(t => t.En ?? string.Empty).Prepend(item.Text.En ?? string.Empty)), Field.Store.NO),
            new TextField(SearchFields.TagsNl, Join(item.Tags.Append(kind.Nl)), Field.Store.NO),
            new TextField(SearchFields.TagsEn, Join(item.Tags.Append(kind.En ?? string.Empty)), Field.Store.NO),
            new TextField(SearchFields.QuestionsNl, Join(item.Questions.Select(q => q.Nl)), Field.Store.NO),
            new TextField(SearchFields.QuestionsEn, Join(item.Questions.Select(q => q.En ?? string.Empty)), Field.Store.NO),
            new TextField(SearchFields.Names, Join(names), Field.Store.NO),
        };
        return document;
    }

    /// <summary>The item's own names as name terms; none for a visit (its names are those of the people met and places visited).</summary>
    private static List<string> OwnNameTerms(IndexedItem item) =>
        item.Kind == AnswerItemKind.Visit ? [] : SearchFields.Analyze(SearchFields.Name, Join(item.OwnNames));

    private static string Join(IEnumerable<string> parts) => string.Join(" \n ", parts);
}
