namespace CooperationBot.Bot.Curators;

/// <summary>An answer (by its main item) that was voted down, with the votes' comments.</summary>
/// <param name="ItemId">The answer's main item, or null for votes on answers the bot no longer knew.</param>
/// <param name="ItemIds">Every item those answers showed, in order of first appearance.</param>
/// <param name="Count">How many thumbs-down votes.</param>
/// <param name="Questions">Distinct questions those answers answered, most voted first.</param>
/// <param name="Comments">The comments given, newest first.</param>
/// <param name="FirstSeen">The first vote.</param>
/// <param name="LastSeen">The last vote.</param>
public sealed record DownVotedAnswer(
    string? ItemId,
    IReadOnlyList<string> ItemIds,
    int Count,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Comments,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
