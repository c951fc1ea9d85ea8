namespace CooperationBot.Bot.Cards;

/// <summary>
/// Button titles that fit a phone. A longer text is cut at the last word boundary that leaves room for an ellipsis,
/// so the title only ever holds the text's own first words: nothing is reworded or made up.
/// </summary>
public static class ButtonTitle
{
    /// <summary>The longest title a card button gets.</summary>
    public const int MaxLength = 40;

    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/> when it fits in <paramref name="maxLength"/> characters, else its first words and "…".</summary>
    public static string Shorten(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        var room = maxLength - Ellipsis.Length;
        var space = trimmed.LastIndexOf(' ', room);
        var head = space > 0 ? trimmed[..space] : trimmed[..(char.IsHighSurrogate(trimmed[room - 1]) ? room - 1 : room)];
        return head.TrimEnd(' ', ',', ';', ':', '-', '–') + Ellipsis;
    }
}
