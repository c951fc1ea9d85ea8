namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// A date or period written in a text, as far as it is given: "2022" has only a year, "eind 2022" a year and the
/// part "end", "21 februari 2023" a day, month and year.
/// </summary>
internal sealed record DateMention(string Written, int Index, int Length, int? Year, int? Month, int? Day, string? Part)
{
    /// <summary>Whether <paramref name="source"/> says at least everything this mention says.</summary>
    public bool IsCoveredBy(DateMention source) =>
        (Year is null || Year == source.Year)
        && (Month is null || Month == source.Month)
        && (Day is null || Day == source.Day)
        && (Part is null || Part == source.Part);
}
