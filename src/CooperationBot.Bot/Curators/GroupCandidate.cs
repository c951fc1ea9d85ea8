namespace CooperationBot.Bot.Curators;

/// <summary>A knowledge item that unanswered questions of a group came near to.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="Questions">For how many of the group's questions it was a candidate.</param>
/// <param name="BestScore">Its highest confidence for any of them (0 to 1, below what an answer needs).</param>
public sealed record GroupCandidate(string ItemId, int Questions, double BestScore);
