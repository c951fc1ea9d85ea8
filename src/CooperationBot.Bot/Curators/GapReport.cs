namespace CooperationBot.Bot.Curators;

/// <summary>
/// What the knowledge does not serve well: unanswered questions (refused or partly known) grouped by similarity, and
/// down-voted answers with their comments, most frequent first. Made by <see cref="GapReportBuilder"/>.
/// </summary>
/// <param name="Since">The start of the period (null: everything kept).</param>
/// <param name="GeneratedAt">When the report was made.</param>
/// <param name="UnansweredCount">How many questions were not answered (refused or partly known).</param>
/// <param name="PartlyKnownCount">How many of those were partly known.</param>
/// <param name="DownVoteCount">How many answers were voted down.</param>
/// <param name="Unanswered">The groups of unanswered questions.</param>
/// <param name="DownVoted">The down-voted answers.</param>
public sealed record GapReport(
    DateTimeOffset? Since,
    DateTimeOffset GeneratedAt,
    int UnansweredCount,
    int PartlyKnownCount,
    int DownVoteCount,
    IReadOnlyList<GapGroup> Unanswered,
    IReadOnlyList<DownVotedAnswer> DownVoted);
