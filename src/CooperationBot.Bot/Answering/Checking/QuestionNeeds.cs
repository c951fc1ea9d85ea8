namespace CooperationBot.Bot.Answering.Checking;

/// <summary>What a question asks for and the constraints an answer must cover.</summary>
/// <param name="Asked">The kind of answer wanted.</param>
/// <param name="AskedWords">The user's question words for it ("hoeveel delegaties", "waar"), or empty.</param>
/// <param name="Constraints">The words that narrow the question down.</param>
/// <param name="Words">The question's informative words as compared (no function words): what a reason must be about.</param>
public sealed record QuestionNeeds(AskedFor Asked, string AskedWords, IReadOnlyList<QuestionConstraint> Constraints, IReadOnlyList<string> Words)
{
    /// <summary>The question asks how things stand now ("nu", "huidige", "momenteel", "now", "current").</summary>
    public bool AboutNow { get; init; }

    /// <summary>Whether the question names a time: a year, a date, a part of a year.</summary>
    public bool NamesTime => Constraints.Any(c => c.Kind is ConstraintKind.Year or ConstraintKind.Period);

    public static QuestionNeeds None { get; } = new(AskedFor.Anything, string.Empty, [], []);
}
