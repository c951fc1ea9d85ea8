using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Benchmarks.Synthetic;

/// <summary>
/// SYNTHETIC knowledge for benchmarks: realistic in shape (Dutch sentences with English translations, numbers,
/// dates, people, organisations, topics, tags, questions, related items, visits), true about nothing. Every id
/// starts with <c>synthetic-</c>, every text is tagged <c>[SYNTHETISCH]</c> / <c>[SYNTHETIC]</c>, and the one
/// source is titled <see cref="SourceTitle"/>. Never write it into <c>knowledge/</c>.
/// </summary>
public static class SyntheticKnowledge
{
    /// <summary>The title of the synthetic source document.</summary>
    public const string SourceTitle = "SYNTHETISCH testbestand — geen echte kennis";

    /// <summary>The id of the synthetic source document.</summary>
    public const string SourceId = "synthetic-bron";

    /// <summary>The source text's file, relative to the knowledge file.</summary>
    public const string SourceFile = "sources/synthetic-source.txt";

    /// <summary>The tag every Dutch text starts with.</summary>
    public const string DutchMark = "[SYNTHETISCH]";

    /// <summary>The tag every English text starts with.</summary>
    public const string EnglishMark = "[SYNTHETIC]";

    /// <summary>
    /// Builds a knowledge base with <paramref name="items"/> answerable items (facts, figures, quotes, visits, people
    /// and organisations); the same seed gives the same knowledge.
    /// </summary>
    public static KnowledgeBase Generate(int items, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 20);
        return new SyntheticKnowledgeBuilder(items, seed).Build();
    }

    /// <summary>The synthetic source text: a title line, then per paragraph the evidence every item cites there.</summary>
    public static string SourceText(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return SyntheticSourceText.Write(knowledge);
    }
}
