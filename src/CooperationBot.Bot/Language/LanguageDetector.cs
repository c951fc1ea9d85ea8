using System.Text.Json.Nodes;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Bot.Language;

/// <summary>
/// Chooses Dutch or English for an answer: a card button's explicit <c>lang</c> first, then the words of the text
/// (<see cref="DetectWords(string?)"/>), then the Teams client's locale; Dutch when nothing tells.
/// </summary>
public static class LanguageDetector
{
    public const string LanguageProperty = "lang";

    public static UserLanguage Detect(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Detect(context.Text, context.Activity.Locale, context.Activity.Value);
    }

    public static UserLanguage Detect(string? text, string? locale, JsonNode? value = null) =>
        Explicit(value) ?? DetectWords(text) ?? FromLocale(locale);

    /// <summary>The language a card button's data names in <c>lang</c>; null when it names none.</summary>
    public static UserLanguage? Explicit(JsonNode? value) =>
        value is JsonObject data && data[LanguageProperty] is JsonValue lang && lang.TryGetValue(out string? code)
            ? FromCode(code)
            : null;

    /// <summary>English for a code or locale that starts with <c>en</c>, Dutch otherwise.</summary>
    public static UserLanguage FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? UserLanguage.English : UserLanguage.Dutch;
    }

    /// <summary>The first guess from a client's locale: English for <c>en-*</c>, Dutch otherwise (and without one).</summary>
    public static UserLanguage FromLocale(string? locale) => locale is null ? UserLanguage.Dutch : FromCode(locale);

    /// <summary>
    /// The language of a text's words, or null when they do not tell (no text, only names and numbers, or a tie).
    /// Words that belong to one language count most; the spelling of the others (ij, oe, sch; th, wh, y) counts too,
    /// so that short questions such as "Is Morocco a destination country?" are read right.
    /// </summary>
    public static UserLanguage? DetectWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var score = 0;
        foreach (var word in TextWords.Of(text))
        {
            score += LanguageWords.Score(word);
        }

        return score switch
        {
            > 0 => UserLanguage.English,
            < 0 => UserLanguage.Dutch,
            _ => null,
        };
    }
}
