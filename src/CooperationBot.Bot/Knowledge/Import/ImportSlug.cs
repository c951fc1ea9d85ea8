using System.Globalization;
using System.Text;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>Turns names into id parts: lower-case letters and digits joined by single hyphens, accents removed.</summary>
public static class ImportSlug
{
    private const int MaxLength = 40;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var c in UnicodeText.Decompose(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        result = result.Length > MaxLength ? result[..MaxLength].TrimEnd('-') : result;
        return result.Length > 0 ? result : "document";
    }
}
