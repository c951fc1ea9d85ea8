namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>One schema violation: the JSON pointer of the offending node, whether it is best shown at its key, and the message.</summary>
public sealed record SchemaProblem(string Pointer, bool AtKey, string Message);
