namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Damaged characters in a source text at a 1-based line and column, and their repair (null when lost).</summary>
public sealed record SourceDamage(int Line, int Column, string Damaged, string? Repaired);
