using System.Globalization;
using System.Text;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Phrasing;

/// <summary>Text comparison for the guard: case, diacritics, punctuation and white space do not count; words do.</summary>
internal static class GuardText
{
    /// <summary>
    /// The text's words, lower case and without diacritics, each followed and preceded by one space
    /// (" de raad van state "), so that <see cref="ContainsPhrase"/> matches whole words only.
    /// </summary>
    public static string WordForm(string text)
    {
        var decomposed = UnicodeText.Decompose(text);
        var result = new StringBuilder(decomposed.Length + 2).Append(' ');
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
            else if (result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        if (result[^1] != ' ')
        {
            result.Append(' ');
        }

        return result.ToString();
    }

    /// <summary>Whether the words of <paramref name="phrase"/> occur, in order and adjacent, in <paramref name="wordForm"/>.</summary>
    public static bool ContainsPhrase(string wordForm, string phrase)
    {
        var needle = WordForm(phrase);
        return needle.Length > 1 && wordForm.Contains(needle, StringComparison.Ordinal);
    }
}
