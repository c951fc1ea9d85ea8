using System.Text;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Normalises text for verbatim comparison: every run of white space (line breaks, no-break spaces) becomes one space, trimmed.</summary>
public static class TextNormalizer
{
    public static string CollapseWhiteSpace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
