using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Finds dates and periods in Dutch and English text: "21 februari", "15 november 2022", "2023-02-21",
/// "February 21, 2023", "vandaag"; periods such as "eind 2022", "vanaf begin 2023", "in maart 2022", "sinds ...",
/// "de afgelopen maanden", "since ...". A date without year takes the source's year; "eind 2022" stays a period.
/// </summary>
public static partial class DateDetector
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1,
        ["februari"] = 2,
        ["maart"] = 3,
        ["april"] = 4,
        ["mei"] = 5,
        ["juni"] = 6,
        ["juli"] = 7,
        ["augustus"] = 8,
        ["september"] = 9,
        ["oktober"] = 10,
        ["november"] = 11,
        ["december"] = 12,
        ["january"] = 1,
        ["february"] = 2,
        ["march"] = 3,
        ["may"] = 5,
        ["june"] = 6,
        ["july"] = 7,
        ["august"] = 8,
        ["october"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a "sinds ..." or "since ..." phrase: the finite verb that follows it, or a clause word.</summary>
    private static readonly FrozenSet<string> PhraseEnds = new[]
    {
        "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "werd", "werden", "wordt", "worden", "kan", "kunnen",
        "kon", "konden", "zal", "zullen", "moet", "moeten", "mag", "mogen", "wil", "willen", "gaat", "gaan", "ging", "gingen",
        "staat", "stond", "komt", "kwam", "kwamen", "en", "maar", "dat", "die", "omdat", "waardoor", "terwijl",
        "has", "have", "had", "was", "were", "are", "the", "and", "but", "that", "which", "we", "they", "it",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxPhraseWords = 8;

    /// <summary>Whether <paramref name="word"/> is the name of a month (Dutch or English, case ignored).</summary>
    public static bool IsMonth(string word) => Months.ContainsKey(word);

    public static IReadOnlyList<DetectedTime> Find(string text, DateOnly sourceDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DetectedTime>();
        void Add(Match match, DateOnly? date, int? year)
        {
            if (!found.Any(other => match.Index < other.Index + other.Text.Length && other.Index < match.Index + match.Length))
            {
                found.Add(new DetectedTime(match.Value, match.Index, date, year));
            }
        }

        foreach (Match match in PeriodWithYear().Matches(text))
        {
            Add(match, null, Number(match.Groups["year"]));
        }

        foreach (Match match in IsoDate().Matches(text))
        {
            if (DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Add(match, date, null);
            }
        }

        foreach (Match match in DayMonth().Matches(text).Concat(MonthDay().Matches(text)))
        {
            var year = match.Groups["year"].Success ? Number(match.Groups["year"]) : sourceDate.Year;
            if (Months.TryGetValue(match.Groups["month"].Value, out var month) && Day(year, month, Number(match.Groups["day"])) is { } date)
            {
                Add(match, date, null);
            }
        }

        foreach (Match match in MonthYear().Matches(text))
        {
            Add(match, null, Number(match.Groups["year"]));
        }

        foreach (Match match in Today().Matches(text))
        {
            Add(match, sourceDate, null);
        }

        foreach (Match match in Recent().Matches(text))
        {
            Add(match, null, sourceDate.Year);
        }

        foreach (Match match in Since().Matches(text))
        {
            if (SincePhrase(text, match) is { } phrase)
            {
                Add(phrase, null, YearIn(phrase.Value));
            }
        }

        return [.. found.OrderBy(time => time.Index)];
    }

    /// <summary>"sinds" and the words after it up to the verb that follows the phrase, a number or a comma (at most a few words).</summary>
    private static Match? SincePhrase(string text, Match since)
    {
        var words = Word().Matches(text, since.Index + since.Length).Take(MaxPhraseWords).ToList();
        var taken = 0;
        foreach (var word in words)
        {
            if (PhraseEnds.Contains(word.Value) || IsPastPlural(word.Value) || char.IsDigit(word.Value[0]) || text[(since.Index + since.Length)..word.Index].IndexOfAny([',', '.', ';', ':']) >= 0)
            {
                break;
            }

            taken++;
        }

        if (taken == 0)
        {
            return null;
        }

        var end = words[taken - 1].Index + words[taken - 1].Length;
        return Anything().Match(text[..end], since.Index);
    }

    /// <summary>Dutch past plurals that follow a fronted phrase: "keerden", "werkten", "bezochten".</summary>
    private static bool IsPastPlural(string word) =>
        word.Length > 5 && char.IsLower(word[0]) && (word.EndsWith("den", StringComparison.Ordinal) || word.EndsWith("ten", StringComparison.Ordinal));

    private static int? YearIn(string text) => Year().Match(text) is { Success: true } match ? Number(match.Groups[0]) : null;

    private static DateOnly? Day(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string MonthNames = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:vanaf|sinds|tot|per|from|since|until)\s+)?(?:(?:het|de|the)\s+)?(?:begin|medio|half|eind|einde|eind|early|mid|late|end of|the end of|the beginning of|beginning of)\s+(?:van\s+|of\s+)?(?<year>(?:19|20)\d\d)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodWithYear();

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<day>\d{1,2})\s+(?<month>" + MonthNames + @")(?:\s+(?<year>(?:19|20)\d\d))?(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2})(?:,?\s+(?<year>(?:19|20)\d\d))?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:vanaf|sinds|tot|in|per|from|since|until)\s+)?(?:(?:" + MonthNames + @")\s+)?(?<year>(?:19|20)\d\d)(?![\p{L}\p{N}.,]\d)(?![\p{L}\p{N}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:vandaag|today)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:de\s+afgelopen|the\s+past|the\s+last|in\s+recent)\s+(?:maanden|weken|jaren|periode|months|weeks|years)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recent();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:sinds|since)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[\s\S]*")]
    private static partial Regex Anything();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])")]
    private static partial Regex Year();
}
