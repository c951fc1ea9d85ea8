using System.Collections.Concurrent;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// The name words (lower-cased, accent-folded, unstemmed) of every item, read in one pass on all cores: per item the
/// words of its tags and text, in which <see cref="ItemNames"/> finds the people and organisations it mentions, and
/// over all items the distinct words of the Dutch texts, from which <see cref="Analyzers"/> takes its compound parts.
/// A text is analyzed once for both.
/// </summary>
internal sealed class ItemWords
{
    private ItemWords(List<string>[] mentioning, HashSet<string> dutch)
    {
        Mentioning = mentioning;
        Dutch = dutch;
    }

    /// <summary>Per item ordinal: the words of its tags, its Dutch text and its English text, in that order.</summary>
    public IReadOnlyList<List<string>> Mentioning { get; }

    /// <summary>The distinct words of every Dutch text: texts, extra texts, tags and curated questions.</summary>
    public IReadOnlySet<string> Dutch { get; }

    public static ItemWords Of(IReadOnlyList<IndexedItem> items)
    {
        var mentioning = new List<string>[items.Count];
        var perThread = new ConcurrentBag<HashSet<string>>();
        Parallel.For(
            0,
            items.Count,
            () => new HashSet<string>(StringComparer.Ordinal),
            (i, _, dutch) =>
            {
                mentioning[i] = Read(items[i], dutch);
                return dutch;
            },
            perThread.Add);

        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in perThread)
        {
            all.UnionWith(words);
        }

        return new ItemWords(mentioning, all);
    }

    /// <summary>Adds the item's Dutch words to <paramref name="dutch"/> and returns the words of its tags and texts.</summary>
    private static List<string> Read(IndexedItem item, HashSet<string> dutch)
    {
        var tags = new List<string>();
        foreach (var tag in item.Tags)
        {
            tags.AddRange(Words(tag));
        }

        var nl = Words(item.Text.Nl);
        var en = Words(item.Text.En);
        dutch.UnionWith(tags);
        dutch.UnionWith(nl);
        foreach (var text in item.Extra.Select(t => t.Nl).Concat(item.Questions.Select(q => q.Nl)))
        {
            dutch.UnionWith(Words(text));
        }

        tags.AddRange(nl);
        tags.AddRange(en);
        return tags;
    }

    private static List<string> Words(string? text) =>
        string.IsNullOrEmpty(text) ? [] : SearchFields.Analyze(SearchFields.Name, text);
}
