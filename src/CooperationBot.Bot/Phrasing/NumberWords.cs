namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Reads Dutch and English number words ("twee", "vijfentwintig", "honderd", "twenty-five", "one hundred and two")
/// into their value. Dutch compounds are split into their parts; the article "een" alone is not a number.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.Ordinal)
    {
        ["nul"] = 0,
        ["een"] = 1,
        ["twee"] = 2,
        ["drie"] = 3,
        ["vier"] = 4,
        ["vijf"] = 5,
        ["zes"] = 6,
        ["zeven"] = 7,
        ["acht"] = 8,
        ["negen"] = 9,
        ["tien"] = 10,
        ["elf"] = 11,
        ["twaalf"] = 12,
        ["dertien"] = 13,
        ["veertien"] = 14,
        ["vijftien"] = 15,
        ["zestien"] = 16,
        ["zeventien"] = 17,
        ["achttien"] = 18,
        ["negentien"] = 19,
        ["twintig"] = 20,
        ["dertig"] = 30,
        ["veertig"] = 40,
        ["vijftig"] = 50,
        ["zestig"] = 60,
        ["zeventig"] = 70,
        ["tachtig"] = 80,
        ["negentig"] = 90,
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long> Multipliers = new(StringComparer.Ordinal)
    {
        ["honderd"] = 100,
        ["hundred"] = 100,
        ["duizend"] = 1_000,
        ["thousand"] = 1_000,
        ["miljoen"] = 1_000_000,
        ["million"] = 1_000_000,
        ["miljard"] = 1_000_000_000,
        ["billion"] = 1_000_000_000,
    };

    private static readonly string[] Parts = [.. Units.Keys.Concat(Multipliers.Keys).Append("en").OrderByDescending(p => p.Length)];

    /// <summary>Whether <paramref name="word"/> (lower case, no diacritics) is a number word or a Dutch compound of them.</summary>
    public static bool IsNumberWord(string word) => Split(word) is { Count: > 0 };

    /// <summary>Whether <paramref name="word"/> only joins number words ("and", "en").</summary>
    public static bool IsJoiner(string word) => word is "and" or "en";

    /// <summary>The value of a run of number words, e.g. ["one", "hundred", "and", "two"] or ["honderdvijfentwintig"].</summary>
    public static long Value(IEnumerable<string> words)
    {
        long total = 0;
        long current = 0;
        foreach (var part in words.SelectMany(w => Split(w) ?? []))
        {
            if (Units.TryGetValue(part, out var unit))
            {
                current += unit;
            }
            else if (part == "honderd" || part == "hundred")
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (Multipliers.TryGetValue(part, out var multiplier))
            {
                total += Math.Max(current, 1) * multiplier;
                current = 0;
            }
        }

        return total + current;
    }

    /// <summary>The number parts of a word, or null when it is not (only) number parts; "en" may only join two parts.</summary>
    private static List<string>? Split(string word)
    {
        var parts = new List<string>();
        var position = 0;
        while (position < word.Length)
        {
            var part = Parts.FirstOrDefault(p => string.CompareOrdinal(word, position, p, 0, p.Length) == 0);
            if (part is null)
            {
                return null;
            }

            parts.Add(part);
            position += part.Length;
        }

        var joinerMisplaced = parts.Count == 0 || parts[0] == "en" || parts[^1] == "en"
            || parts.Zip(parts.Skip(1)).Any(pair => pair.First == "en" && pair.Second == "en");
        return joinerMisplaced ? null : parts;
    }
}
