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
        var typed = TextWords.Of(text).Where(w => w.Length >= MinLength).Distinct(StringComparer.Ordinal).ToArray();
        if (typed.Length == 0)
        {
            return [];
        }

        return items.Where(item =>
        {
            var words = TextWords.Of(item.Text).ToArray();
            return typed.All(t => words.Any(w => w.StartsWith(t, StringComparison.Ordinal)));
        });
    }
}
