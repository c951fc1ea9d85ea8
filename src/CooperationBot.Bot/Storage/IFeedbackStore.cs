namespace CooperationBot.Bot.Storage;

/// <summary>Remembers sent answers and the votes on them.</summary>
public interface IFeedbackStore
{
    Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken);

    Task<AnswerRecord?> FindAnswerAsync(string messageId, CancellationToken cancellationToken);

    Task RecordFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedbackRecord>> ListFeedbackAsync(CancellationToken cancellationToken);
}
