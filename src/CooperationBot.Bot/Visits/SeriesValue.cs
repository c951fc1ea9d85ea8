namespace CooperationBot.Bot.Visits;

/// <summary>
/// Another value of a key figure's series, as a visit summary mentions it beside the figure: a newer value than the one
/// shown, or the value another source gives for the same date (the sources differ).
/// </summary>
/// <param name="FigureId">The id of the figure that holds the value.</param>
/// <param name="Value">The value, in the series' unit.</param>
/// <param name="AsOf">The date the value was true.</param>
/// <param name="Source">Where the value comes from.</param>
public sealed record SeriesValue(string FigureId, decimal Value, DateOnly AsOf, SourceCitation Source);
