using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Timeline;

/// <summary>Finds every conflict in the knowledge once: those curators mark with <c>conflicts_with</c>, then those in series.</summary>
public static class KnowledgeConflicts
{
    public static IReadOnlyList<KnowledgeConflict> Find(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var statements = KnowledgeDrafts.Items(knowledge).Select(entry => entry.Item).OfType<IConflictingItem>().ToList();
        var ids = statements.Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var conflicts = new List<KnowledgeConflict>();
        foreach (var item in statements)
        {
            foreach (var other in item.ConflictsWith)
            {
                if (other != item.Id && ids.Contains(other) && seen.Add(Pair(item.Id, other)))
                {
                    conflicts.Add(new KnowledgeConflict(item.Id, other, ConflictKind.Marked));
                }
            }
        }

        foreach (var (earlier, later) in SeriesPairs.SameDate(knowledge.Figures))
        {
            var (first, second) = (knowledge.Figures[earlier], knowledge.Figures[later]);
            if (first.Value != second.Value && first.Source.Source != second.Source.Source && seen.Add(Pair(first.Id, second.Id)))
            {
                conflicts.Add(new KnowledgeConflict(first.Id, second.Id, ConflictKind.SameMeasureAndDate));
            }
        }

        return conflicts;
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
