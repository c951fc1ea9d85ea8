using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// No item may replace itself, directly or through others: every cycle of <c>supersedes</c> is an error, reported
/// once at the entry that closes it. That targets exist and are of the right kind is <see cref="ReferenceRules"/>' job.
/// </summary>
internal sealed class SupersedesRules
{
    private readonly ItemPointers _items;
    private readonly DiagnosticList _diagnostics;
    private readonly Dictionary<string, bool> _visited = new(StringComparer.Ordinal);
    private readonly List<string> _path = [];

    private SupersedesRules(ItemPointers items, DiagnosticList diagnostics)
    {
        _items = items;
        _diagnostics = diagnostics;
    }

    public static void Check(KnowledgeBase knowledge, DiagnosticList diagnostics)
    {
        var rules = new SupersedesRules(new ItemPointers(knowledge), diagnostics);
        foreach (var item in KnowledgeDrafts.Items(knowledge).Select(entry => entry.Item).OfType<ISupersedingItem>())
        {
            rules.Visit(item.Id);
        }
    }

    /// <summary>Depth first; <c>_visited[id]</c> is false while <paramref name="id"/> is on the current path.</summary>
    private void Visit(string id)
    {
        if (_visited.ContainsKey(id) || !_items.TryGet(id, out var found) || found.Item is not ISupersedingItem item)
        {
            return;
        }

        _visited[id] = false;
        _path.Add(id);
        for (var i = 0; i < item.Supersedes.Count; i++)
        {
            var old = item.Supersedes[i];
            if (_visited.TryGetValue(old, out var done) && !done)
            {
                var pointer = JsonPointers.Item(found.Pointer + "/supersedes", i);
                var cycle = _path.Skip(_path.IndexOf(old)).Append(old);
                _diagnostics.Error(pointer, old == id
                    ? $"'{id}' supersedes itself: an item can only replace other items"
                    : $"supersedes makes a cycle ({string.Join(" -> ", cycle)}): an item cannot replace, directly or through others, an item that replaces it");
            }
            else
            {
                Visit(old);
            }
        }

        _path.RemoveAt(_path.Count - 1);
        _visited[id] = true;
    }
}
