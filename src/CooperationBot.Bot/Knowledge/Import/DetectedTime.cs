namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>A date or period found in a text: the exact words, and the day (a date) or only the year (a period).</summary>
/// <param name="Text">The words as the text writes them ("21 februari", "vanaf eind 2022").</param>
/// <param name="Index">Where the words start in the text.</param>
/// <param name="Date">The day, for a date (a missing year is the source's).</param>
/// <param name="Year">The year of a period, when it names one (or the source's year for "de afgelopen maanden").</param>
public sealed record DetectedTime(string Text, int Index, DateOnly? Date, int? Year)
{
    public bool IsPeriod => Date is null;
}
