using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>Tells headings, photo credits, speaker lines and quote paragraphs from running text.</summary>
public static partial class ParagraphClassifier
{
    /// <summary>The opening quotation marks a quote paragraph starts with.</summary>
    public const string OpeningQuotes = "“„\"‘'«";

    private const int ShortParagraphWords = 6;

    public static ParagraphKind Classify(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim();
        if (Credit().IsMatch(text))
        {
            return ParagraphKind.Credit;
        }

        if (text.Length > 0 && OpeningQuotes.Contains(text[0], StringComparison.Ordinal))
        {
            return ParagraphKind.Quote;
        }

        if (text.EndsWith(':'))
        {
            return ParagraphKind.Speaker;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return text.Length == 0 || !".!?”\")".Contains(text[^1], StringComparison.Ordinal) || words < ShortParagraphWords
            ? ParagraphKind.Heading
            : ParagraphKind.Text;
    }

    [GeneratedRegex(@"^(?:Vergroot afbeelding\s+)?(?:Beeld|Foto|Afbeelding|Bron foto|Photo|Image|Picture)\s*:|^Vergroot afbeelding", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
