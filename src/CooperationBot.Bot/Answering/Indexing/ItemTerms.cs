namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// The analyzed terms of one item, per analysis (Dutch, English, names), all of them and the curated ones
/// (tags, questions, kind words, the item's own names), to tell which words of a question an item matches.
/// </summary>
internal sealed class ItemTerms
{
    public HashSet<string> Dutch { get; } = new(StringComparer.Ordinal);

    public HashSet<string> English { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CuratedDutch { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CuratedEnglish { get; } = new(StringComparer.Ordinal);

    public HashSet<string> OwnNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The three term sets a question word is looked up in, in <see cref="Analysis"/> order.</summary>
    public HashSet<string> All(Analysis analysis) => analysis switch
    {
        Analysis.Dutch => Dutch,
        Analysis.English => English,
        _ => Names,
    };

    public HashSet<string> Curated(Analysis analysis) => analysis switch
    {
        Analysis.Dutch => CuratedDutch,
        Analysis.English => CuratedEnglish,
        _ => OwnNames,
    };
}
