namespace CooperationBot.Bot.Answering.Checking;

/// <summary>
/// A part of a question the knowledge does not answer: either the kind of answer itself (no number for "hoeveel") or
/// a constraint no item covers ("vrouwen", "2021").
/// </summary>
/// <param name="Words">The user's own words for the part.</param>
/// <param name="Asked">The kind of answer that is missing, when it is the answer itself.</param>
/// <param name="Constraint">The constraint that is not covered, when it is a constraint.</param>
/// <param name="AskedInQuestion">What the whole question asks for (a count of women is said otherwise than women in general).</param>
public sealed record MissingPart(string Words, AskedFor? Asked, ConstraintKind? Constraint, AskedFor AskedInQuestion)
{
    /// <summary>
    /// For a constraint, its words as the bot compares them (<see cref="QuestionConstraint.Keys"/>: for a year the
    /// year's digits, also when the user wrote "vorig jaar"); otherwise empty.
    /// </summary>
    public IReadOnlyList<string> Keys { get; init; } = [];

    public static MissingPart OfAnswer(QuestionNeeds needs) =>
        new(needs.AskedWords, needs.Asked, null, needs.Asked);

    public static MissingPart OfConstraint(QuestionConstraint constraint, QuestionNeeds needs) =>
        new(constraint.Words, null, constraint.Kind, needs.Asked) { Keys = constraint.Keys };
}
