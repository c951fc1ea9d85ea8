namespace CooperationBot.Bot.Curators;

/// <summary>Unanswered questions (refused or partly known) that ask about the same thing.</summary>
/// <param name="Count">How many times such a question was asked.</param>
/// <param name="Examples">Distinct wordings, most asked first.</param>
/// <param name="Languages">The languages they were asked in (nl, en), sorted.</param>
/// <param name="FirstSeen">When the first was asked.</param>
/// <param name="LastSeen">When the last was asked.</param>
/// <param name="Candidates">
/// The items the search came nearest to (for a partly known question the item shown as what is known), most often
/// nearest first.
/// </param>
/// <param name="Missing">
/// What the partly known questions asked that the knowledge does not hold, in the askers' words ("vrouwen", "2021"),
/// most often missing first; empty when the group has only refusals.
/// </param>
public sealed record GapGroup(
    int Count,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> Languages,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<GroupCandidate> Candidates,
    IReadOnlyList<string> Missing);
