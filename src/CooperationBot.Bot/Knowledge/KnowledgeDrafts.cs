using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge;

/// <summary>The draft items of the knowledge (status <c>draft</c>) and the knowledge as served, without them.</summary>
public static class KnowledgeDrafts
{
    /// <summary>Every item that carries a status, with its list name (<c>facts</c>, <c>people</c>...) and index.</summary>
    public static IEnumerable<(string List, int Index, ICuratedItem Item)> Items(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return Each("topics", knowledge.Topics)
            .Concat(Each("people", knowledge.People))
            .Concat(Each("organisations", knowledge.Organisations))
            .Concat(Each("facts", knowledge.Facts))
            .Concat(Each("figures", knowledge.Figures))
            .Concat(Each("quotes", knowledge.Quotes))
            .Concat(Each("visits", knowledge.Visits));
    }

    /// <summary>Whether the item is a draft.</summary>
    public static bool IsDraft(this ICuratedItem item) => item?.Status == KnowledgeStatus.Draft;

    /// <summary>The knowledge as served: every draft left out (the same instance when there is none).</summary>
    public static KnowledgeBase WithoutDrafts(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (!Items(knowledge).Any(entry => entry.Item.IsDraft()))
        {
            return knowledge;
        }

        return knowledge with
        {
            Topics = Reviewed(knowledge.Topics),
            People = Reviewed(knowledge.People),
            Organisations = Reviewed(knowledge.Organisations),
            Facts = Reviewed(knowledge.Facts),
            Figures = Reviewed(knowledge.Figures),
            Quotes = Reviewed(knowledge.Quotes),
            Visits = Reviewed(knowledge.Visits),
        };
    }

    private static List<T> Reviewed<T>(IReadOnlyList<T> items)
        where T : ICuratedItem => [.. items.Where(item => !item.IsDraft())];

    private static IEnumerable<(string List, int Index, ICuratedItem Item)> Each<T>(string list, IReadOnlyList<T> items)
        where T : ICuratedItem => items.Select((item, index) => (list, index, (ICuratedItem)item));
}
