namespace CooperationBot.Bot.Storage;

/// <summary>A thumbs-up or -down on an answer, with the question and item ids of that answer (no user identity).</summary>
/// <param name="RatedMessageId">The rated bot message.</param>
/// <param name="Reaction">like or dislike.</param>
/// <param name="Comment">The user's comment, if any.</param>
/// <param name="Question">The question of the rated answer, when the bot knows the message.</param>
/// <param name="ItemIds">The items the rated answer showed.</param>
/// <param name="ReceivedAt">When the vote arrived.</param>
public sealed record FeedbackRecord(
    string? RatedMessageId,
    string Reaction,
    string? Comment,
    string? Question,
    IReadOnlyList<string> ItemIds,
    DateTimeOffset ReceivedAt);
