namespace CooperationBot.Bot.Phrasing;

/// <summary>Phrases an answer from retrieved knowledge items with a language model.</summary>
public interface IAnswerPhraser
{
    /// <summary>
    /// Asks the model to phrase the answer to <paramref name="request"/> from its items only, citing item ids.
    /// Service failures come back as a <see cref="PhrasingReply.Failure"/>, never as an exception; only a
    /// cancelled <paramref name="ct"/> throws.
    /// </summary>
    Task<PhrasingReply> PhraseAsync(PhrasingRequest request, CancellationToken ct);
}
