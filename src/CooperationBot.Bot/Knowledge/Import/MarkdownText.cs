using System.Text;
using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Markdown to plain text for import: headings become paragraphs of their own, emphasis, code, links, images,
/// block quotes, list markers and HTML tags are stripped; line structure is otherwise kept.
/// </summary>
public static partial class MarkdownText
{
    public static string Strip(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var result = new StringBuilder();
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (Rule().IsMatch(line))
            {
                result.Append('\n');
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                result.Append('\n').Append(Inline(heading.Groups[1].Value)).Append("\n\n");
                continue;
            }

            result.Append(Inline(ListMarker().Replace(BlockQuote().Replace(line, string.Empty), string.Empty))).Append('\n');
        }

        return result.ToString();
    }

    private static string Inline(string text)
    {
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "$1");
        text = Html().Replace(text, string.Empty);
        text = Code().Replace(text, "$1");
        text = Strong().Replace(text, "$2");
        return Emphasis().Replace(text, "$2").TrimEnd();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Html();

    [GeneratedRegex(@"`([^`]*)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\1(?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();
}
