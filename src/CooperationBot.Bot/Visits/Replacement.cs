namespace CooperationBot.Bot.Visits;

/// <summary>
/// The current item that replaced (supersedes) a fact, figure or person a visit lists: the listed item stays as it was
/// at the visit, and the summary says in one line what replaced it since.
/// </summary>
/// <param name="Id">The id of the replacing item.</param>
/// <param name="Text">The replacing item in the summary's language: a fact's statement, a figure's meaning, a person's name and role.</param>
/// <param name="Date">The replacing item's date: a figure's as-of date, a fact's date (or its source's), a person's source's date.</param>
/// <param name="Source">Where the replacing item comes from.</param>
public sealed record Replacement(string Id, string Text, DateOnly Date, SourceCitation Source);
