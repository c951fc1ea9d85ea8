namespace CooperationBot.Bot.Storage;

/// <summary>Keeps the knowledge gaps for the curators, and forgets old questions.</summary>
public interface IKnowledgeGapStore
{
    Task RecordGapAsync(KnowledgeGap gap, CancellationToken cancellationToken);

    /// <summary>The gaps that occurred at or after <paramref name="since"/> (all when null), oldest first.</summary>
    Task<IReadOnlyList<KnowledgeGap>> ListGapsAsync(DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every row that holds question text and is older than <paramref name="cutoff"/>: gaps, sent answers and
    /// votes. Returns how many rows were deleted.
    /// </summary>
    Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
