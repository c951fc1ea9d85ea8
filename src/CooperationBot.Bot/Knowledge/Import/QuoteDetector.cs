using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Finds quotes with their speaker: a speaker line ("Staatssecretaris Van der Burg:") followed by a quote paragraph,
/// and quotes inside running text ("“...,” zegt burgemeester Jansen.") whose paragraph names one person outside the quote.
/// </summary>
public static partial class QuoteDetector
{
    private const int MinimumQuoteLength = 15;

    /// <summary>The quotes of <paramref name="paragraphs"/> (with their kinds), using <paramref name="names"/> for speakers.</summary>
    public static IReadOnlyList<DetectedQuote> Find(IReadOnlyList<string> paragraphs, IReadOnlyList<ParagraphKind> kinds, NameDetector names)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(names);
        var quotes = new List<DetectedQuote>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (kinds[i] == ParagraphKind.Quote && i > 0 && kinds[i - 1] == ParagraphKind.Speaker
                && names.Find(paragraphs[i - 1]).FirstOrDefault(name => name.IsPerson) is { } speaker)
            {
                quotes.Add(new DetectedQuote(i + 1, Unquote(paragraphs[i]), paragraphs[i], speaker));
            }
            else if (kinds[i] is ParagraphKind.Text or ParagraphKind.Quote)
            {
                quotes.AddRange(Inline(paragraphs[i], i + 1, names));
            }
        }

        return quotes;
    }

    /// <summary>The character ranges of quoted words in <paramref name="paragraph"/>.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string paragraph) =>
        InlineQuote().Matches(paragraph ?? string.Empty).Select(match => (match.Index, match.Index + match.Length));

    private static IEnumerable<DetectedQuote> Inline(string paragraph, int number, NameDetector names)
    {
        var matches = InlineQuote().Matches(paragraph).Where(match => match.Groups["words"].Length >= MinimumQuoteLength).ToList();
        if (matches.Count == 0)
        {
            yield break;
        }

        var speakers = names.Find(paragraph)
            .Where(name => name.IsPerson && !matches.Any(match => name.Index >= match.Index && name.Index < match.Index + match.Length))
            .DistinctBy(name => name.Id)
            .ToList();
        if (speakers is not [var speaker])
        {
            yield break;
        }

        foreach (var match in matches)
        {
            yield return new DetectedQuote(number, match.Groups["words"].Value.Trim(), match.Value, speaker);
        }
    }

    private static string Unquote(string paragraph)
    {
        var text = paragraph.Trim();
        text = text[1..];
        return (text.Length > 0 && "”\"’'»".Contains(text[^1], StringComparison.Ordinal) ? text[..^1] : text).Trim();
    }

    [GeneratedRegex(@"[“„]\s*(?<words>[^“”„]+?)\s*”|""\s*(?<words>[^""]+?)\s*""")]
    private static partial Regex InlineQuote();
}
