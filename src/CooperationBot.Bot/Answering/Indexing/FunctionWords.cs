using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Nl;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Words that carry no subject: the Dutch and English stop words of the analyzers plus the words people use to
/// ask questions ("hoeveel", "wanneer", "what", "how many"). They neither find items nor count against an answer.
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        // Dutch
        "hoeveel", "welke", "welk", "wanneer", "waarom", "waar", "waarover", "waarmee", "waardoor", "waarvoor",
        "vertel", "weet", "graag", "kun", "kunt", "jij", "jullie", "eigenlijk", "precies", "gaat", "ging", "zit",
        "we", "wij", "onze", "hij", "zij", "sinds", "nu",
        // Dutch adverbs and auxiliaries the stop list lacks ("weer" is "again" here, never the weather)
        "weer", "wel", "erg", "heel", "even", "steeds", "geworden", "gedaan", "moeten", "mag", "mogen", "zullen",
        "gaan", "kunnen", "worden", "word", "wordt",
        // English
        "what", "who", "whom", "whose", "when", "where", "why", "how", "which", "many", "much", "do", "does", "did",
        "has", "have", "had", "can", "could", "would", "should", "tell", "me", "about", "you", "your", "we", "our",
        "my", "know", "please", "were", "been", "he", "she", "his", "her", "its", "from", "so", "also", "any", "since",
        "now", "us", "get", "got", "again", "still", "very", "will", "be", "being", "may", "must",
    };

    public static bool Contains(string word) =>
        word.Length < 2
        || QuestionWords.Contains(word)
        || DutchAnalyzer.DefaultStopSet.Contains(word)
        || EnglishAnalyzer.DefaultStopSet.Contains(word);
}
