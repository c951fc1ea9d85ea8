using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>The index's fields, their analyzers and boosts.</summary>
internal static class SearchFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id";
    public const string TextNl = "text_nl";
    public const string TextEn = "text_en";
    public const string TagsNl = "tags_nl";
    public const string TagsEn = "tags_en";
    public const string QuestionsNl = "questions_nl";
    public const string QuestionsEn = "questions_en";
    public const string Names = "names";

    public static readonly Analyzer Dutch = new DutchSearchAnalyzer();

    public static readonly Analyzer English = new EnglishAnalyzer(Version);

    public static readonly Analyzer Name = new NameAnalyzer();

    /// <summary>Per field: its analyzer and its boost (names and curated words weigh more than running text).</summary>
    public static readonly IReadOnlyList<(string Field, Analyzer Analyzer, float Boost)> All =
    [
        (TextNl, Dutch, 1.0f),
        (TextEn, English, 1.0f),
        (TagsNl, Dutch, 1.5f),
        (TagsEn, English, 1.5f),
        (QuestionsNl, Dutch, 1.3f),
        (QuestionsEn, English, 1.3f),
        (Names, Name, 2.0f),
    ];

    public static Analyzer CreatePerFieldAnalyzer() => new PerFieldAnalyzerWrapper(
        Name, All.ToDictionary(f => f.Field, f => f.Analyzer));

    /// <summary>The terms an analyzer makes of a text, in order (variants at the same position included).</summary>
    public static List<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(TextNl, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
