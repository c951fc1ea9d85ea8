namespace CooperationBot.Bot.Phrasing;

/// <summary>One sentence of the model's answer, without its citation markers, and the ids it cites (in order, distinct).</summary>
public sealed record GuardedSentence(string Text, IReadOnlyList<string> CitedIds);
