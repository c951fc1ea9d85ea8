using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Answering;

/// <summary>
/// Splits a question that asks for two things ("Hoeveel ... en wanneer ...?", "Who ...? And what ...?") into its
/// parts: at question marks, and at "en"/"and"/"of"/"or" followed by a question word. Other text stays whole.
/// </summary>
internal static partial class QuestionSplitter
{
    public static IReadOnlyList<string> Split(string question) =>
        [.. Separator().Split(question).Select(part => part.Trim(' ', ',', ';', '?')).Where(part => part.Length > 0)];

    [GeneratedRegex(
        @"\?+\s*(?:(?:en|and)\s+)?(?=\S)|[,;]?\s+(?:en|and|of|or)\s+(?=(?:wat|wie|hoe|hoeveel|wanneer|waar|waarom|welke|welk|what|who|how|when|where|why|which|is|zijn|are|was|did|does|do)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
