using System.Globalization;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Answering;

/// <summary>
/// The search-as-you-type fallback of the message extension: when the search finds nothing for a half-typed text
/// ("teru"), the items whose text has, for every typed word of at least three letters, a word that starts with it
/// (case and accents ignored), in the order given.
/// </summary>
internal static class PrefixMatch
{
    private const int MinLength = 3;

    public static IEnumerable<AnswerItem> Filter(IEnumerable<AnswerItem> items, string text)
    {
        var typed = Words(text).Where(w => w.Length >= MinLength).Distinct(StringComparer.Ordinal).ToArray();
        if (typed.Length == 0)
        {
            return [];
        }

        return items.Where(item =>
        {
            var words = Words(item.Text).ToArray();
            return typed.All(t => words.Any(w => w.StartsWith(t, StringComparison.Ordinal)));
        });
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
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
