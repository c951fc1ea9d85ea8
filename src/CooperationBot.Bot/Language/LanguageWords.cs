namespace CooperationBot.Bot.Language;

/// <summary>
/// What one word says about its language, for <see cref="LanguageDetector.DetectWords(string?)"/>: positive for
/// English, negative for Dutch, 0 when it does not tell. Tuned on the tuned part of the short-question test set only
/// (docs/language-detection.md).
/// </summary>
internal static class LanguageWords
{
    private const int KnownWord = 3;
    private const int Spelling = 1;

    private static readonly HashSet<string> Dutch = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "van", "op", "te", "dat", "die", "voor", "met", "zijn", "er", "maar", "om", "door",
        "naar", "bij", "nog", "ook", "als", "dan", "dit", "deze", "wat", "wie", "hoe", "waar", "wanneer", "waarom",
        "welke", "welk", "hoeveel", "hoelang", "kun", "kunt", "kan", "je", "jij", "u", "uw", "mij", "mijn", "ik", "wij",
        "ons", "onze", "zij", "ze", "hij", "hun", "niet", "geen", "wel", "zo", "al", "nu", "toen", "heeft", "hebben",
        "hadden", "wordt", "worden", "werd", "werden", "waren", "zal", "zou", "moet", "moeten", "mag", "wil", "uit",
        "aan", "tot", "sinds", "tussen", "tegen", "zonder", "onder", "na", "alle", "veel", "meer", "laatste", "eerste",
        "nieuw", "jaar", "cijfer", "bezoek", "bezoeken", "hulp", "terugkeer", "marokko", "iets", "niets", "hier",
        "daar", "doet", "doen", "komt", "komen", "zegt", "staat", "staan", "klopt", "vond", "sprak", "weten", "weet",
        "gebeurt", "kost", "gesprek", "overleg", "afspraken", "volgende", "nieuws", "rol",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "to", "on", "at", "for", "with", "by", "from", "about", "into", "what", "who", "whom",
        "whose", "how", "where", "when", "why", "which", "many", "much", "can", "could", "would", "should", "will",
        "shall", "may", "might", "must", "you", "your", "i", "my", "our", "us", "they", "them", "their", "he", "she",
        "his", "her", "it", "its", "this", "that", "these", "those", "there", "here", "do", "does", "did", "done",
        "are", "were", "be", "been", "being", "have", "has", "not", "no", "any", "anything", "some", "all", "last",
        "latest", "next", "year", "years", "show", "tell", "figure", "visit", "visits", "returns", "morocco", "country",
        "countries", "subscribe", "unsubscribe", "also", "still", "as", "so", "or", "news", "meeting", "meet", "left",
        "kept", "make", "made", "take", "work", "cost", "come", "happen", "happens", "changed",
    };

    /// <summary>The word's weight: positive for English, negative for Dutch.</summary>
    public static int Score(string word)
    {
        var dutch = Dutch.Contains(word);
        var english = English.Contains(word);
        if (dutch != english)
        {
            return english ? KnownWord : -KnownWord;
        }

        return dutch ? 0 : SpellingScore(word);
    }

    private static int SpellingScore(string word)
    {
        if (word.Length < 3 || word.All(char.IsDigit))
        {
            return 0;
        }

        var score = 0;
        if (word.Contains("ij", StringComparison.Ordinal) || word.Contains("oe", StringComparison.Ordinal)
            || word.Contains("aa", StringComparison.Ordinal) || word.Contains("uu", StringComparison.Ordinal)
            || word.Contains("sch", StringComparison.Ordinal) || word.Contains("kk", StringComparison.Ordinal)
            || word.EndsWith("heid", StringComparison.Ordinal) || word.EndsWith("lijk", StringComparison.Ordinal)
            || word.EndsWith("tie", StringComparison.Ordinal) || word.EndsWith("ties", StringComparison.Ordinal))
        {
            score -= Spelling;
        }

        if (word.Contains("th", StringComparison.Ordinal) || word.StartsWith("wh", StringComparison.Ordinal)
            || word.Contains("sh", StringComparison.Ordinal) || word.Contains("tion", StringComparison.Ordinal)
            || (word.Contains('y', StringComparison.Ordinal) && !word.Contains("ij", StringComparison.Ordinal))
            || word.Contains("ea", StringComparison.Ordinal) || word.Contains("ck", StringComparison.Ordinal)
            || word.Contains("cc", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal))
        {
            score += Spelling;
        }

        return score;
    }
}
