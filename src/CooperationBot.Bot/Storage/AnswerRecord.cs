namespace CooperationBot.Bot.Storage;

/// <summary>
/// An answer the bot sent, kept so a later feedback vote on that message can be tied to the question and the
/// knowledge items. It holds no user identity: no names, user ids, conversation or tenant ids.
/// </summary>
/// <param name="MessageId">The id the channel gave the bot's message.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="Language">nl or en.</param>
/// <param name="Answered">False for a "not in my knowledge" answer.</param>
/// <param name="ItemIds">The knowledge items the answer showed, best first.</param>
/// <param name="KnowledgeVersion">The knowledge version it was answered from.</param>
/// <param name="AnsweredAt">When.</param>
public sealed record AnswerRecord(
    string MessageId,
    string Question,
    string Language,
    bool Answered,
    IReadOnlyList<string> ItemIds,
    string KnowledgeVersion,
    DateTimeOffset AnsweredAt);
