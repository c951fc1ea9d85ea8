namespace CooperationBot.Bot.Phrasing;

/// <summary>The outcome of an <see cref="AnswerGuard"/> check: passed only when there are no problems.</summary>
public sealed record GuardResult(bool Passed, IReadOnlyList<GuardProblem> Problems, IReadOnlyList<GuardedSentence> Sentences);
