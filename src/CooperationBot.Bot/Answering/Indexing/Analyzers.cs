using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// The analyzers of one index. The Dutch one splits compounds into words the knowledge itself uses
/// ("terugkeersamenwerking" also gives "terugkeer" and "samenwerking"), so it belongs to its index.
/// </summary>
internal sealed class Analyzers
{
    private const int MinCompoundPart = 5;

    /// <param name="dutchWords">The knowledge's Dutch words as names are analyzed (see <see cref="ItemWords.Dutch"/>).</param>
    public Analyzers(IEnumerable<string> dutchWords)
    {
        var parts = new CharArraySet(SearchFields.Version, 256, ignoreCase: false);
        foreach (var word in dutchWords)
        {
            if (word.Length >= MinCompoundPart && !FunctionWords.Contains(word))
            {
                parts.Add(word);
            }
        }

        Dutch = new DutchSearchAnalyzer(parts);
        PerField = new PerFieldAnalyzerWrapper(
            SearchFields.Name, SearchFields.All.ToDictionary(f => f.Field, f => For(f.Analysis)));
    }

    public Analyzer Dutch { get; }

    /// <summary>The analyzer for each field of the index.</summary>
    public Analyzer PerField { get; }

    public Analyzer For(Analysis analysis) => analysis switch
    {
        Analysis.Dutch => Dutch,
        Analysis.English => SearchFields.English,
        _ => SearchFields.Name,
    };
}
