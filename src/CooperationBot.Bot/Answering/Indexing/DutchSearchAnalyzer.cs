using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Dutch analysis as Lucene's DutchAnalyzer does it (standard tokens, lower case, Dutch stop words,
/// Snowball stemming) plus accent folding ("geïnvesteerd"), compound parts from a dictionary
/// ("terugkeersamenwerking") and separable participles ("teruggekeerd").
/// </summary>
internal sealed class DutchSearchAnalyzer(CharArraySet compoundParts) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchFields.Version, reader);
        TokenStream stream = new LowerCaseFilter(SearchFields.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(SearchFields.Version, stream, Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet);
        stream = new DictionaryCompoundWordTokenFilter(
            SearchFields.Version, stream, compoundParts, minWordSize: 8, minSubwordSize: 5, maxSubwordSize: 20, onlyLongestMatch: true);
        stream = new SeparableParticipleFilter(stream);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }
}
