namespace CooperationBot.Bot.Curators;

/// <summary>When two unanswered questions fall in one group of the <see cref="GapReport"/>.</summary>
public sealed record GapGroupingOptions
{
    /// <summary>The <see cref="QuestionSimilarity"/> from which two questions are one group. The default is 0.5.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>
    /// The lower similarity that suffices when both questions came nearest to the same knowledge item (a paraphrase
    /// in other words, or in the other language with a shared name). The default is 0.35.
    /// </summary>
    public double SharedCandidateThreshold { get; init; } = 0.35;

    /// <summary>How many example questions a group and a down-voted answer show. The default is 3.</summary>
    public int MaxExamples { get; init; } = 3;

    /// <summary>How many candidate items a group shows. The default is 3.</summary>
    public int MaxCandidates { get; init; } = 3;

    /// <summary>How many missing parts a group shows, most often missing first. The default is 3.</summary>
    public int MaxMissing { get; init; } = 3;

    /// <summary>How many comments a down-voted answer shows, newest first. The default is 10.</summary>
    public int MaxComments { get; init; } = 10;
}
