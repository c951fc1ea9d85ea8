using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
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

    public static readonly Analyzer English = new EnglishAnalyzer(Version);

    public static readonly Analyzer Name = new NameAnalyzer();

    /// <summary>Per field: its analyzer and its boost (names and curated words weigh more than running text).</summary>
    public static readonly IReadOnlyList<(string Field, Analysis Analysis, float Boost)> All =
    [
        (TextNl, Analysis.Dutch, 1.0f),
        (TextEn, Analysis.English, 1.0f),
        (TagsNl, Analysis.Dutch, 1.5f),
        (TagsEn, Analysis.English, 1.5f),
        (QuestionsNl, Analysis.Dutch, 1.3f),
        (QuestionsEn, Analysis.English, 1.3f),
        (Names, Analysis.Name, 2.0f),
    ];

    /// <summary>True for the fields of curated words (tags, kind words, questions), false for running text and names.</summary>
    public static bool IsCurated(string field) => field is TagsNl or TagsEn or QuestionsNl or QuestionsEn;

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
