using System.Globalization;

namespace CooperationBot.Bot.Answering.Checking;

/// <summary>
/// The compared form of a time a question names, as a constraint's second key: a day ("2024-09-01") or a range of days
/// ("2024-12-01..2024-12-31", both included).
/// </summary>
internal static class DateRangeKey
{
    private const string Separator = "..";
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>The key of the days <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string Of(DateOnly from, DateOnly to) =>
        from.ToString(DayFormat, CultureInfo.InvariantCulture) + Separator + to.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="key"/> is a range of days rather than one day.</summary>
    public static bool IsRange(string key) => key.Contains(Separator, StringComparison.Ordinal);

    /// <summary>The first and last day of a day or range key; false when the key is neither.</summary>
    public static bool TryParse(string key, out DateOnly from, out DateOnly to)
    {
        var parts = key.Split(Separator);
        (from, to) = (default, default);
        return parts.Length <= 2
            && DateOnly.TryParseExact(parts[0], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out from)
            && DateOnly.TryParseExact(parts[^1], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out to);
    }
}
