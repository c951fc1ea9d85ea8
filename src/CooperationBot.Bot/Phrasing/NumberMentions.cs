using System.Globalization;
using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Phrasing;

/// <summary>Finds the numbers in a text: digits in Dutch or English notation, and number words.</summary>
internal static partial class NumberMentions
{
    public static List<NumberMention> Find(string text)
    {
        var found = new List<NumberMention>();
        foreach (Match match in DigitNumber().Matches(text))
        {
            var percent = match.Groups["percent"].Success ? "%" : string.Empty;
            var readings = Readings(match.Groups["number"].Value).Select(r => r + percent).ToHashSet(StringComparer.Ordinal);
            found.Add(new NumberMention(match.Value.Trim(), readings));
        }

        var run = new List<Match>();
        foreach (Match word in Word().Matches(text))
        {
            var form = GuardText.WordForm(word.Value).Trim();
            var continues = run.Count > 0 && OnlySeparatorsBetween(text, run[^1], word);
            if (!continues)
            {
                AddWordRun(found, text, run);
            }

            if (NumberWords.IsNumberWord(form) || (run.Count > 0 && continues && NumberWords.IsJoiner(form)))
            {
                run.Add(word);
            }
        }

        AddWordRun(found, text, run);
        return found;
    }

    private static void AddWordRun(List<NumberMention> found, string text, List<Match> run)
    {
        while (run.Count > 0 && NumberWords.IsJoiner(GuardText.WordForm(run[^1].Value).Trim()))
        {
            run.RemoveAt(run.Count - 1);
        }

        // "een" alone is the Dutch article; only "één" (with accents) is then a number.
        if (run.Count > 0 && !(run.Count == 1 && run[0].Value.Equals("een", StringComparison.OrdinalIgnoreCase)))
        {
            var value = NumberWords.Value(run.Select(w => GuardText.WordForm(w.Value).Trim()));
            var end = run[^1].Index + run[^1].Length;
            var percent = PercentAfter().IsMatch(text[end..]) ? "%" : string.Empty;
            var invariant = value.ToString(CultureInfo.InvariantCulture);
            found.Add(new NumberMention(text[run[0].Index..end], new HashSet<string>(StringComparer.Ordinal) { "nl:" + invariant + percent, "en:" + invariant + percent }));
        }

        run.Clear();
    }

    private static bool OnlySeparatorsBetween(string text, Match left, Match right)
    {
        var between = text[(left.Index + left.Length)..right.Index];
        return between.All(c => c == ' ' || c == '-');
    }

    /// <summary>The values "1.234" can mean: Dutch (dot groups, comma decimals) and English (comma groups, dot decimals).</summary>
    private static IEnumerable<string> Readings(string written)
    {
        if (DutchNotation().IsMatch(written))
        {
            yield return "nl:" + Canonical(written.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'));
        }

        if (EnglishNotation().IsMatch(written))
        {
            yield return "en:" + Canonical(written.Replace(",", string.Empty, StringComparison.Ordinal));
        }
    }

    private static string Canonical(string invariant) =>
        decimal.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<number>\d+(?:[.,]\d+)*)(?<percent>\s?%|\s+(?:procent|percent|per\s+cent)\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DigitNumber();

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchNotation();

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNotation();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:\s?%|\s+(?:procent|percent|per\s+cent)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PercentAfter();
}
