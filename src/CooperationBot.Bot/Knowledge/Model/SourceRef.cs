namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>
/// Where an item comes from: a source, the paragraph (1-based, counting the blocks of the source text that
/// blank lines separate, headings included), and the exact words of the source it rests on.
/// </summary>
public sealed record SourceRef
{
    /// <summary>The id of a <see cref="SourceDocument"/>.</summary>
    public required string Source { get; init; }

    public required int Paragraph { get; init; }

    /// <summary>The source's own words (verbatim, damaged characters repaired) that the item rests on.</summary>
    public required string Evidence { get; init; }
}
