using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Where each item of the knowledge is, by id: its JSON pointer (<c>/facts/3</c>) and its kind (<c>fact</c>). The first of a repeated id wins.</summary>
internal sealed class ItemPointers
{
    private readonly Dictionary<string, (string Pointer, string Kind, ICuratedItem Item)> _items = new(StringComparer.Ordinal);

    public ItemPointers(KnowledgeBase knowledge)
    {
        foreach (var (list, index, item) in KnowledgeDrafts.Items(knowledge))
        {
            _items.TryAdd(item.Id, ($"/{list}/{index}", Kind(list), item));
        }
    }

    public bool TryGet(string id, out (string Pointer, string Kind, ICuratedItem Item) found) => _items.TryGetValue(id, out found);

    public (string Pointer, string Kind, ICuratedItem Item) this[string id] => _items[id];

    private static string Kind(string list) => list switch
    {
        "people" => "person",
        _ => list[..^1],
    };
}
