using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Tests.Knowledge;

namespace CooperationBot.Bot.Tests.Digests.Content;

/// <summary>
/// Digests of the growing test knowledge (<see cref="GrowingTestData"/>) against a baseline that is the same knowledge
/// with some items left out: those items are then new since the previous digest.
/// </summary>
internal static class GrowingDigests
{
    /// <summary>A digest date after everything in the growing knowledge.</summary>
    public static readonly DateOnly Date = new(2026, 12, 7);

    /// <summary>The digest of <paramref name="current"/> (default: the growing knowledge) against its hashes without <paramref name="newIds"/>.</summary>
    public static DigestContent Without(IEnumerable<string> newIds, KnowledgeSnapshot? current = null)
    {
        current ??= GrowingTestData.Snapshot;
        var left = newIds.ToHashSet(StringComparer.Ordinal);
        var knowledge = current.Knowledge;
        var baseline = KnowledgeItemHashes.Compute(knowledge with
        {
            Facts = [.. knowledge.Facts.Where(f => !left.Contains(f.Id))],
            Figures = [.. knowledge.Figures.Where(f => !left.Contains(f.Id))],
            Quotes = [.. knowledge.Quotes.Where(q => !left.Contains(q.Id))],
            People = [.. knowledge.People.Where(p => !left.Contains(p.Id))],
        });
        return DigestContentBuilder.Build(current, KnowledgeItemHashes.Compute(knowledge), baseline, Date, "baseline");
    }

    /// <summary>The growing knowledge with <paramref name="edit"/> applied (in memory, for cases the file does not have).</summary>
    public static KnowledgeSnapshot Edited(Func<KnowledgeBase, KnowledgeBase> edit) =>
        GrowingTestData.Snapshot with { Knowledge = edit(GrowingTestData.Snapshot.Knowledge), Version = "edited" };
}
