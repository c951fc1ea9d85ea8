namespace CooperationBot.Bot.Digests.Content;

/// <summary>What one digest tells: the items added and changed since the subscriber's baseline, and what is coming up.</summary>
/// <param name="DigestDate">The subscriber's local date the digest is for.</param>
/// <param name="KnowledgeVersion">The knowledge version the digest is built from.</param>
/// <param name="BaselineVersion">The version of the previous digest, when known.</param>
/// <param name="Added">New facts, figures, quotes, visits, people and organisations, in that order, each by id.</param>
/// <param name="Changed">Edited items, in the same order.</param>
/// <param name="RemovedCount">Items of the baseline that are gone (their text is gone too: counted only).</param>
/// <param name="OtherChangeCount">Topics and source documents added or changed, and items without a source: counted only.</param>
/// <param name="Upcoming">Visits and facts dated on or after <paramref name="DigestDate"/>, soonest first.</param>
public sealed record DigestContent(
    DateOnly DigestDate,
    string KnowledgeVersion,
    string? BaselineVersion,
    IReadOnlyList<DigestItem> Added,
    IReadOnlyList<DigestItem> Changed,
    int RemovedCount,
    int OtherChangeCount,
    IReadOnlyList<DigestItem> Upcoming)
{
    /// <summary>True when something was added, changed or removed since the baseline (upcoming items do not count).</summary>
    public bool HasChanges => Added.Count > 0 || Changed.Count > 0 || RemovedCount > 0 || OtherChangeCount > 0;

    /// <summary>True when no earlier digest was known: nothing is listed as changed, the digest only sets the baseline.</summary>
    public bool IsFirst { get; init; }
}
