namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Damaged characters at <paramref name="Index"/> in a text, and what they should read (null for U+FFFD, which cannot be repaired).</summary>
public sealed record MojibakeMatch(int Index, string Damaged, string? Repaired);
