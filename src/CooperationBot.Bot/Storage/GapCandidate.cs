namespace CooperationBot.Bot.Storage;

/// <summary>A knowledge item the search found for an unanswered question, with its confidence (0 to 1).</summary>
/// <param name="ItemId">The item's id in the knowledge file.</param>
/// <param name="Score">The share of the question's informative words the item matched (too low to answer).</param>
public sealed record GapCandidate(string ItemId, double Score);
