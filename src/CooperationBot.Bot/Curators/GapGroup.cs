namespace CooperationBot.Bot.Curators;

/// <summary>Unanswered questions that ask about the same thing.</summary>
/// <param name="Count">How many times such a question was asked.</param>
/// <param name="Examples">Distinct wordings, most asked first.</param>
/// <param name="Languages">The languages they were asked in (nl, en), sorted.</param>
/// <param name="FirstSeen">When the first was asked.</param>
/// <param name="LastSeen">When the last was asked.</param>
/// <param name="Candidates">The items the search came nearest to, most often nearest first.</param>
public sealed record GapGroup(
    int Count,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> Languages,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<GroupCandidate> Candidates);
