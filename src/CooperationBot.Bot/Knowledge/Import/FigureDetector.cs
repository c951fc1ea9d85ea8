using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Finds figures in a sentence: a number (not part of a date or a year) followed by the words that say what it
/// counts ("125 Marokkaanse vreemdelingen", "1.250 aanvragen", "12,5 procent", "2,5 miljoen euro").
/// </summary>
public static partial class FigureDetector
{
    /// <summary>Words that end a unit: verbs, function words and adverbs that follow the counted noun.</summary>
    private static readonly FrozenSet<string> UnitEnds = new[]
    {
        "is", "zijn", "was", "waren", "werd", "werden", "wordt", "worden", "heeft", "hebben", "kan", "kunnen", "terug",
        "in", "op", "uit", "naar", "van", "voor", "met", "door", "bij", "aan", "tot", "sinds", "vanaf", "per", "en", "of",
        "die", "dat", "als", "om", "te", "er", "ook", "al", "nog", "weer", "have", "has", "were", "are", "in", "on", "to",
        "from", "for", "with", "by", "and", "or", "that", "who", "which", "since", "back", "returned", "keerden",
        "een", "de", "het", "the", "a", "an",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxUnitWords = 3;

    /// <summary>The figures in <paramref name="sentence"/>, leaving out the numbers inside <paramref name="times"/>.</summary>
    public static IReadOnlyList<DetectedFigure> Find(string sentence, IReadOnlyList<DetectedTime> times)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(times);
        var figures = new List<DetectedFigure>();
        foreach (Match number in Number().Matches(sentence))
        {
            if (times.Any(time => number.Index >= time.Index && number.Index < time.Index + time.Text.Length) || Value(number.Value) is not { } value)
            {
                continue;
            }

            var contiguous = new List<Match>();
            var end = number.Index + number.Length;
            foreach (Match word in UnitWord().Matches(sentence, end))
            {
                if (contiguous.Count == MaxUnitWords || sentence[end..word.Index].Trim().Length > 0 || UnitEnds.Contains(word.Value))
                {
                    break;
                }

                contiguous.Add(word);
                end = word.Index + word.Length;
            }

            if (contiguous.Count == 0)
            {
                continue;
            }

            var unit = sentence[contiguous[0].Index..end].Trim();
            figures.Add(new DetectedFigure(value, unit, sentence[number.Index..end]));
        }

        return figures;
    }

    /// <summary>The number as written: Dutch notation first ("1.250", "12,5"), then English ("1,250", "12.5").</summary>
    private static decimal? Value(string written)
    {
        var dutch = written.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        if (DutchGrouping().IsMatch(written) || !written.Contains('.', StringComparison.Ordinal))
        {
            return decimal.TryParse(dutch, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        }

        var english = written.Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(english, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,-])\d+(?:[.,]\d+)*(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchGrouping();

    [GeneratedRegex(@"%|[\p{L}][\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex UnitWord();
}
