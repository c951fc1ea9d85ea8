namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>
/// Whether a curator has reviewed an item. Drafts (as written by <c>knowledge import</c>) are validated like every
/// item but never served: not in answers, visit summaries or digests.
/// </summary>
public enum KnowledgeStatus
{
    /// <summary>Checked by a curator and served (the default when the file gives no status).</summary>
    Reviewed,

    /// <summary>Not reviewed yet: validated, listed by <c>knowledge validate</c>, never served.</summary>
    Draft,
}
