namespace CooperationBot.Bot.Knowledge.Timeline;

/// <summary>How a <see cref="KnowledgeConflict"/> was found.</summary>
public enum ConflictKind
{
    /// <summary>A curator marked it: one item lists the other in <c>conflicts_with</c>.</summary>
    Marked,

    /// <summary>Two figures of one series give different values for the same date, from different sources.</summary>
    SameMeasureAndDate,
}
