using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Phrasing;

/// <summary>Finds quoted phrases: "…", “…”, „…”, ‘…’ and '…' (an apostrophe inside or after a word is not a quote).</summary>
internal static partial class QuoteMentions
{
    public static IEnumerable<string> Find(string text) =>
        QuotePattern().Matches(text).Select(m => m.Groups["quote"].Value).Where(q => q.Any(char.IsLetterOrDigit));

    [GeneratedRegex(
        @"""(?<quote>[^""]+)"""
        + @"|“(?<quote>[^”]+)”"
        + @"|„(?<quote>[^”“]+)[”“]"
        + @"|(?<![\p{L}\p{N}])‘(?<quote>[^’]+)’(?![\p{L}\p{N}])"
        + @"|(?<![\p{L}\p{N}])'(?<quote>[^']+)'(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuotePattern();
}
