namespace CooperationBot.Bot.Visits;

/// <summary>
/// A key figure of a visit: value, unit, the date it was true, what it means. A figure of a series shows the value as it
/// stood on the visit date; <see cref="Newer"/> and <see cref="SameDate"/> say what else the series holds.
/// </summary>
public sealed record FigureLine(string Id, decimal Value, string Unit, DateOnly AsOf, string? Period, string Meaning, bool IsTranslation, SourceCitation Source)
{
    /// <summary>
    /// The newest values of the figure's series after <see cref="FigureLine.AsOf"/> (one, or one per source when the
    /// sources differ for that date); empty when the shown value is the newest.
    /// </summary>
    public IReadOnlyList<SeriesValue> Newer { get; init; } = [];

    /// <summary>
    /// The other values the sources give for the same series and date, each also shown as a figure of the summary (the
    /// sources differ, so none is picked); empty when the sources agree.
    /// </summary>
    public IReadOnlyList<SeriesValue> SameDate { get; init; } = [];

    /// <summary>The current figures that supersede this one (a correction); empty when none does.</summary>
    public IReadOnlyList<Replacement> ReplacedBy { get; init; } = [];
}
