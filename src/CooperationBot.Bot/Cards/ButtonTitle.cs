namespace CooperationBot.Bot.Cards;

/// <summary>
/// Button titles that fit a phone. A longer text is cut at the last word boundary that leaves room for an ellipsis
/// (inside a long word when a word boundary would leave too little), so the title only ever holds the start of the
/// text itself: nothing is reworded or made up.
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

        // At a word boundary, unless that would keep less than two thirds of the room (a long compound word such as
        // "terugkeersamenwerking"): then inside the word, which still shows more of the text.
        var room = maxLength - Ellipsis.Length;
        var space = trimmed.LastIndexOf(' ', room);
        var end = space >= room * 2 / 3 ? space : room;
        if (char.IsHighSurrogate(trimmed[end - 1]))
        {
            end--;
        }

        return trimmed[..end].TrimEnd(' ', ',', ';', ':', '-', '–') + Ellipsis;
    }
}
