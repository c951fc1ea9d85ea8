namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>Worked out once per index: the visits that hold each item, and the items of each topic (visits left out), in item order.</summary>
internal sealed class RelatedItems
{
    private readonly Dictionary<string, List<IndexedItem>> _visitsHolding = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedItem>> _byTopic = new(StringComparer.Ordinal);

    public RelatedItems(IReadOnlyList<IndexedItem> items)
    {
        foreach (var item in items)
        {
            if (item.Kind == AnswerItemKind.Visit)
            {
                foreach (var id in item.Related.Distinct(StringComparer.Ordinal).Where(id => id != item.Id))
                {
                    Add(_visitsHolding, id, item);
                }
            }
            else if (item.Topic is not null)
            {
                Add(_byTopic, item.Topic, item);
            }
        }
    }

    /// <summary>The visits whose related ids hold <paramref name="id"/>.</summary>
    public IReadOnlyList<IndexedItem> VisitsHolding(string id) => _visitsHolding.GetValueOrDefault(id) ?? [];

    /// <summary>The items of a topic that are not visits.</summary>
    public IReadOnlyList<IndexedItem> OfTopic(string? topic) => topic is null ? [] : _byTopic.GetValueOrDefault(topic) ?? [];

    private static void Add(Dictionary<string, List<IndexedItem>> lists, string key, IndexedItem item)
    {
        if (lists.TryGetValue(key, out var list))
        {
            list.Add(item);
        }
        else
        {
            lists[key] = [item];
        }
    }
}
