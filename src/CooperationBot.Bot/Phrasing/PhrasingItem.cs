namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// One retrieved knowledge item as the model sees it: its id, its text in the answer's language, its source line,
/// its date as text or null.
/// </summary>
public sealed record PhrasingItem(string Id, string Text, string Source, string? Date);
