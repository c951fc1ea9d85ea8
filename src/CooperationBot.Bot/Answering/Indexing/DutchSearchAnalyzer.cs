using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Dutch analysis as Lucene's DutchAnalyzer does it (standard tokens, lower case, Dutch stop words,
/// Snowball stemming) plus accent folding ("geïnvesteerd") and separable participles ("teruggekeerd").
/// </summary>
internal sealed class DutchSearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchFields.Version, reader);
        TokenStream stream = new LowerCaseFilter(SearchFields.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(SearchFields.Version, stream, Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet);
        stream = new SeparableParticipleFilter(stream);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }
}
