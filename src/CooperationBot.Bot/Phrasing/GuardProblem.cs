namespace CooperationBot.Bot.Phrasing;

/// <summary>One thing the guard found wrong; <paramref name="Detail"/> names the offending token or id (never the whole answer).</summary>
public sealed record GuardProblem(GuardProblemKind Kind, string Detail);
