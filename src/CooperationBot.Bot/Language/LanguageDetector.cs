using System.Text.Json.Nodes;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Bot.Language;

/// <summary>
/// Chooses Dutch or English for an answer: a card button's explicit <c>lang</c> first, then words that
/// belong to one language, then the Teams client's locale; Dutch when nothing tells.
/// </summary>
public static class LanguageDetector
{
    public const string LanguageProperty = "lang";

    private static readonly HashSet<string> DutchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hulp", "wat", "wie", "hoe", "waar", "wanneer", "waarom", "welke", "hoeveel", "kun", "kan", "je", "jij",
        "bezoek", "bezoeken", "het", "een", "de", "van", "en", "is", "zijn", "uit", "aan", "over", "ik", "mij",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "who", "how", "where", "when", "why", "which", "many", "much", "can", "you", "the", "of", "and",
        "visit", "visits", "is", "are", "about", "from", "i", "me", "do", "does", "subscribe", "unsubscribe",
    };

    public static UserLanguage Detect(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Detect(context.Text, context.Activity.Locale, context.Activity.Value);
    }

    public static UserLanguage Detect(string? text, string? locale, JsonNode? value = null)
    {
        if (value is JsonObject data && data[LanguageProperty] is JsonValue lang && lang.TryGetValue(out string? code))
        {
            return code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? UserLanguage.English : UserLanguage.Dutch;
        }

        var (dutch, english) = CountWords(text);
        if (dutch != english)
        {
            return english > dutch ? UserLanguage.English : UserLanguage.Dutch;
        }

        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? UserLanguage.English
            : UserLanguage.Dutch;
    }

    private static (int Dutch, int English) CountWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (0, 0);
        }

        int dutch = 0, english = 0;
        foreach (var word in text.Split([' ', '\t', '\n', '?', '!', '.', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var inDutch = DutchWords.Contains(word);
            var inEnglish = EnglishWords.Contains(word);
            if (inDutch && !inEnglish)
            {
                dutch++;
            }
            else if (inEnglish && !inDutch)
            {
                english++;
            }
        }

        return (dutch, english);
    }
}
