using System.Globalization;
using System.Text;

namespace CooperationBot.Bot.Language;

/// <summary>
/// The words of a text as the bot compares them: runs of letters and digits, lower case, without diacritics (a
/// combining mark does not split a word). Safe for any text a user can send (<see cref="UnicodeText.Decompose"/>).
/// </summary>
internal static class TextWords
{
    /// <summary>How many first letters two words of at least that length share to count as the same word ("vrouw", "vrouwen").</summary>
    public const int StemLength = 5;

    /// <summary>True for the same word, or two words of at least <see cref="StemLength"/> letters that start alike.</summary>
    public static bool SameStem(string a, string b) =>
        a == b || (a.Length >= StemLength && b.Length >= StemLength && string.CompareOrdinal(a, 0, b, 0, StemLength) == 0);

    public static IEnumerable<string> Of(string text)
    {
        var word = new StringBuilder();
        foreach (var c in UnicodeText.Decompose(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
