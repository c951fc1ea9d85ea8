using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>
/// One knowledge item as a digest lists it, in both languages (the card picks one): the statement and where it
/// comes from, with what a card needs to show and ask about it.
/// </summary>
public sealed record DigestItem
{
    /// <summary>The item's id in the knowledge file.</summary>
    public required string Id { get; init; }

    public required DigestItemKind Kind { get; init; }

    public required DigestChange Change { get; init; }

    /// <summary>
    /// The statement: a fact's text, a figure's meaning, a quote's words (without quote marks), a visit's title,
    /// "name: role" of a person, "name: description" of an organisation.
    /// </summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Where the item comes from.</summary>
    public required SourceRef Source { get; init; }

    /// <summary>The document <see cref="Source"/> names, when the knowledge has it.</summary>
    public SourceDocument? Document { get; init; }

    /// <summary>The item's date: a visit's or quote's date, a figure's as-of date, a fact's exact date; else null.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A visit's place.</summary>
    public LocalizedText? Place { get; init; }

    /// <summary>A quote's speaker, as the source names them.</summary>
    public string? Speaker { get; init; }

    /// <summary>A quote speaker's role.</summary>
    public LocalizedText? SpeakerRole { get; init; }

    /// <summary>A question from the knowledge that asks about the item (a fact's first question, a figure's topic question, a name).</summary>
    public LocalizedText? Question { get; init; }

    /// <summary>The visit to open for the item: a visit itself, or the visit a quote belongs to.</summary>
    public string? VisitId { get; init; }

    /// <summary>
    /// For a figure added since the baseline whose series has an earlier value: that change ("125 → 310"); else null.
    /// </summary>
    public DigestSeriesChange? SeriesChange { get; init; }

    /// <summary>
    /// For an item added since the baseline that supersedes others: the items it replaces, as the knowledge still has
    /// them (history), in the order of its <c>supersedes</c>; else empty.
    /// </summary>
    public IReadOnlyList<DigestItem> Replaces { get; init; } = [];
}
