using System.Globalization;
using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Finds numbers written in a text, in Dutch (1.250 / 12,5) or English (1,250 / 12.5) notation.</summary>
public static partial class NumberFinder
{
    /// <summary>Whether <paramref name="text"/> writes the number <paramref name="value"/>.</summary>
    public static bool Contains(string text, decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in NumberPattern().Matches(text))
        {
            var written = match.Value;
            var dutch = written.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
            var english = written.Replace(",", string.Empty, StringComparison.Ordinal);
            if (IsValue(dutch, value) || IsValue(english, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValue(string invariant, decimal value) =>
        decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) && parsed == value;

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
