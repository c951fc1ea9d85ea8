using CooperationBot.Bot.Answering.Indexing;
using CooperationBot.Bot.Knowledge;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CooperationBot.Benchmarks;

/// <summary>
/// Plain Lucene.Net as a developer would write it, the yardstick of the answering pipeline: one document per answerable
/// item (the same items and text the pipeline indexes) with one analyzed text field (<see cref="DutchAnalyzer"/>) and a
/// stored id, in a <see cref="RAMDirectory"/>, BM25; a question goes through <see cref="QueryParser"/> and gets the
/// ids of its top 5 hits.
/// </summary>
internal sealed class LuceneBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string TextField = "text";
    private const int Top = 5;

    private readonly DutchAnalyzer _analyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly QueryParser _parser;

    private LuceneBaseline(RAMDirectory directory, DirectoryReader reader, DutchAnalyzer analyzer)
    {
        _analyzer = analyzer;
        _directory = directory;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        _parser = new QueryParser(Version, TextField, analyzer);
    }

    /// <summary>Indexes the answerable items of the snapshot and opens a searcher on them.</summary>
    public static LuceneBaseline Build(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var analyzer = new DutchAnalyzer(Version);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var item in KnowledgeItems.Extract(snapshot.Knowledge))
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, item.Id, Field.Store.YES),
                    new TextField(TextField, Text(item), Field.Store.NO),
                });
            }

            writer.Commit();
        }

        return new LuceneBaseline(directory, DirectoryReader.Open(directory), analyzer);
    }

    /// <summary>The ids of the top 5 items for the question; none when the question has no searchable word.</summary>
    public IReadOnlyList<string> Search(string question)
    {
        Query query;
        try
        {
            query = _parser.Parse(QueryParserBase.Escape(question));
        }
        catch (ParseException)
        {
            return [];
        }

        var hits = _searcher.Search(query, Top).ScoreDocs;
        var ids = new string[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            ids[i] = _searcher.Doc(hits[i].Doc).Get(IdField);
        }

        return ids;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>What the pipeline indexes of an item, in one text: its Dutch and English text, extra texts, tags, curated questions and own names.</summary>
    private static string Text(IndexedItem item) => string.Join(" \n ",
        item.Extra.Prepend(item.Text).Concat(item.Questions).SelectMany(t => t.En is null ? [t.Nl] : new[] { t.Nl, t.En })
            .Concat(item.Tags).Concat(item.OwnNames));
}
