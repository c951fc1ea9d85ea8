namespace CooperationBot.Bot.Storage;

/// <summary>
/// A question the knowledge did not serve well, kept for the curators. It holds no user identity: no names, user,
/// conversation, tenant or message ids.
/// </summary>
/// <param name="Kind">Unanswered, partly known, or an answer voted down.</param>
/// <param name="Question">The question as asked; null for a vote on an answer the bot no longer knows.</param>
/// <param name="Language">nl or en; null when unknown.</param>
/// <param name="OccurredAt">When the question was refused or the vote arrived.</param>
/// <param name="Candidates">
/// For an unanswered question: the best items the search found, best first; for a partly known one the nearest item,
/// shown as what is known.
/// </param>
/// <param name="Comment">For a down-vote: the voter's comment, if any.</param>
/// <param name="AnswerItemIds">For a down-vote: the items the rated answer showed, best first.</param>
/// <param name="Missing">
/// For a partly known question: what the knowledge does not answer, in the asker's own words ("vrouwen"); several
/// parts are separated by <see cref="MissingSeparator"/> ("vrouwen; 2021").
/// </param>
public sealed record KnowledgeGap(
    KnowledgeGapKind Kind,
    string? Question,
    string? Language,
    DateTimeOffset OccurredAt,
    IReadOnlyList<GapCandidate> Candidates,
    string? Comment,
    IReadOnlyList<string> AnswerItemIds,
    string? Missing = null)
{
    /// <summary>The separator of the parts of <see cref="Missing"/>.</summary>
    public const char MissingSeparator = ';';
}
