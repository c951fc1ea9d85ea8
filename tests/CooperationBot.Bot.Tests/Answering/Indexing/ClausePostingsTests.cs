using CooperationBot.Bot.Answering.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CooperationBot.Bot.Tests.Answering.Indexing;

public class ClausePostingsTests
{
    private const int Documents = 300;

    [Fact]
    public void Read_EveryMatchingDocument_WithLucenesOwnScore_ByAscendingOrdinal()
    {
        using var reader = TwoSegmentIndex();
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new DisjunctionMaxQuery(0.2f)
        {
            new TermQuery(new Term("text", "alpha")),
            new TermQuery(new Term("tags", "alpha")) { Boost = 1.5f },
        };
        var ordinalOfDoc = Enumerable.Range(0, Documents).Select(doc => Documents - 1 - doc).ToArray();

        var postings = ClausePostings.Read(searcher.CreateNormalizedWeight(query), reader, ordinalOfDoc);

        var expected = searcher.Search(query, Documents).ScoreDocs
            .Select(hit => (Ordinal: ordinalOfDoc[hit.Doc], hit.Score))
            .OrderBy(hit => hit.Ordinal)
            .ToList();
        Assert.True(expected.Count > 100);
        Assert.Equal(expected.Select(e => e.Ordinal), postings.Docs);
        Assert.Equal(expected.Select(e => e.Score), postings.Scores);
        Assert.Equal(expected.Max(e => e.Score), postings.Max);
    }

    [Fact]
    public void Advance_FromEveryPositionToEveryTarget_TheFirstDocumentAtOrAfterIt()
    {
        using var reader = TwoSegmentIndex();
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var postings = ClausePostings.Read(
            searcher.CreateNormalizedWeight(new TermQuery(new Term("text", "alpha"))), reader, [.. Enumerable.Range(0, Documents)]);

        for (var from = 0; from <= postings.Count; from++)
        {
            for (var target = -1; target <= Documents + 1; target++)
            {
                var expected = from;
                while (expected < postings.Count && postings.Docs[expected] < target)
                {
                    expected++;
                }

                Assert.Equal(expected, postings.Advance(from, target));
            }
        }
    }

    [Fact]
    public void Read_ATermNoDocumentHas_NoPostings()
    {
        using var reader = TwoSegmentIndex();
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        var postings = ClausePostings.Read(
            searcher.CreateNormalizedWeight(new TermQuery(new Term("text", "omega"))), reader, [.. Enumerable.Range(0, Documents)]);

        Assert.Equal(0, postings.Count);
        Assert.Equal(0f, postings.Max);
        Assert.Equal(0, postings.Advance(0, 5));
    }

    /// <summary>Documents in two segments (a commit in between): "alpha" in every third text, more often in some; in every fifth tag.</summary>
    private static DirectoryReader TwoSegmentIndex()
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(SearchFields.Version, SearchFields.Name) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < Documents; i++)
            {
                var text = string.Join(' ', Enumerable.Repeat(i % 3 == 0 ? "alpha" : "beta", 1 + (i % 4)).Append("gamma delta"));
                writer.AddDocument(new Document
                {
                    new TextField("text", text, Field.Store.NO),
                    new TextField("tags", i % 5 == 0 ? "alpha" : "beta", Field.Store.NO),
                });
                if (i == Documents / 2)
                {
                    writer.Commit();
                }
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        return reader;
    }
}
