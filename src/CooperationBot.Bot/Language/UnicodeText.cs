using System.Text;

namespace CooperationBot.Bot.Language;

/// <summary>Unicode normalization that any text a user can send survives.</summary>
internal static class UnicodeText
{
    /// <summary>
    /// The text in normalization form D. <see cref="string.Normalize(NormalizationForm)"/> throws on lone surrogates and
    /// U+FFFE (both arrive in valid JSON from a client); those become U+FFFD first.
    /// </summary>
    public static string Decompose(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return Scrub(text).Normalize(NormalizationForm.FormD);
        }
    }

    private static string Scrub(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] == '\uFFFE')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
