namespace CooperationBot.Bot.Answering.Checking;

/// <summary>One constraint of a question: the words as the user wrote them, and their compared forms.</summary>
/// <param name="Kind">What the constraint is about.</param>
/// <param name="Words">The user's own words ("vrouwen", "in 2021", "Egyptian").</param>
/// <param name="Keys">The words as the bot compares them (<see cref="Language.TextWords"/>); for a year, the year's digits.</param>
public sealed record QuestionConstraint(ConstraintKind Kind, string Words, IReadOnlyList<string> Keys);
