namespace CooperationBot.Bot.Phrasing;

/// <summary>The model's phrasing that passed the guard, or why there is none.</summary>
/// <param name="Phrased">The checked phrasing, or null.</param>
/// <param name="Fallback">Why the extract stays (a phraser failure, or <c>guard: kinds</c>), or null when phrased.</param>
public sealed record GuardedPhrasing(PhrasedAnswer? Phrased, string? Fallback);
