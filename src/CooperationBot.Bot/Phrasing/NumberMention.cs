namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// A number written in a text and the readings it allows, such as "nl:1234" and "en:1.234" for "1.234"
/// (a trailing "%" marks a percentage). Two mentions mean the same number when their readings meet.
/// </summary>
internal sealed record NumberMention(string Written, IReadOnlySet<string> Readings);
