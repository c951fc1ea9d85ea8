namespace CooperationBot.Bot.Phrasing;

/// <summary>The outcome of <see cref="AnswerGuard.Check"/>: passed only when there are no problems.</summary>
public sealed record GuardResult(bool Passed, IReadOnlyList<GuardProblem> Problems, IReadOnlyList<GuardedSentence> Sentences);
