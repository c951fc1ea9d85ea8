using System.Globalization;
using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Finds dates in Dutch and English text: ISO dates, "21 februari 2023", "February 21, 2023", "februari 2023",
/// "eind 2022" / "end of 2022", month names alone and years (1800–2199).
/// </summary>
internal static partial class DateMentions
{
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static List<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        foreach (Match match in DatePattern().Matches(text))
        {
            found.Add(new DateMention(
                match.Value,
                match.Index,
                match.Length,
                Number(match.Groups["year"]),
                Month(match.Groups["month"]) ?? Number(match.Groups["monthNumber"]),
                Number(match.Groups["day"]),
                Part(match.Groups["part"])));
        }

        return found;
    }

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private static int? Month(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var dutch = Array.FindIndex(DutchMonths, m => m.Equals(group.Value, StringComparison.OrdinalIgnoreCase));
        return dutch >= 0 ? dutch + 1 : Array.IndexOf(EnglishMonths, group.Value) + 1;
    }

    private static string? Part(Group group) => !group.Success ? null : group.Value.ToLowerInvariant() switch
    {
        var p when p.StartsWith("eind", StringComparison.Ordinal) || p.StartsWith("end", StringComparison.Ordinal) || p == "late" => "end",
        var p when p.StartsWith("begin", StringComparison.Ordinal) || p.StartsWith("start", StringComparison.Ordinal) || p == "early" => "start",
        _ => "middle",
    };

    // English month names only with their capital (so "may" the verb is not a month); Dutch ones in either case.
    private const string MonthNames =
        @"(?<month>(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
        + @"|January|February|March|April|May|June|July|August|September|October|November|December)";

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:"
        + @"(?<year>\d{4})-(?<monthNumber>\d{2})-(?<day>\d{2})"
        + @"|(?<day>\d{1,2})(?:st|nd|rd|th|e)?\s+(?:of\s+)?" + MonthNames + @"(?:,?\s+(?<year>\d{4}))?"
        + @"|" + MonthNames + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?![\p{N}])(?:,?\s+(?<year>\d{4}))?"
        + @"|(?<part>(?i:eind|einde|begin|medio|midden|halverwege|end|start|beginning|late|early|mid|middle))(?:\s+(?i:van|of))?(?:\s+|-)(?<year>\d{4})"
        + @"|" + MonthNames + @"(?:\s+(?<year>\d{4}))?"
        + @"|(?<year>1[89]\d{2}|2[01]\d{2})(?![.,]?\d)"
        + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();
}
