using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>Names and aliases: words lower-cased and accent-folded, no stop words, no stemming ("Van der Burg").</summary>
internal sealed class NameAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchFields.Version, reader);
        TokenStream stream = new LowerCaseFilter(SearchFields.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
