namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Per item: its own names plus every name and alias of the people and organisations its tags or text mention.
/// Each name is analyzed once and looked up by its first word, so a build costs the items' words, not items
/// times people and organisations. The items' own words come from <see cref="ItemWords"/>.
/// </summary>
internal static class ItemNames
{
    public static List<string>[] Of(IReadOnlyList<IndexedItem> items, IReadOnlyList<List<string>> mentioning)
    {
        var byFirstWord = new Dictionary<string, List<(int Entity, string[] Words)>>(StringComparer.Ordinal);
        var wordless = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind is not (AnswerItemKind.Person or AnswerItemKind.Organisation))
            {
                continue;
            }

            foreach (var name in items[i].OwnNames)
            {
                var words = SearchFields.Analyze(SearchFields.Name, name).ToArray();
                if (words.Length == 0)
                {
                    wordless.Add(i);
                }
                else if (byFirstWord.TryGetValue(words[0], out var list))
                {
                    list.Add((i, words));
                }
                else
                {
                    byFirstWord[words[0]] = [(i, words)];
                }
            }
        }

        var names = new List<string>[items.Count];
        Parallel.For(0, items.Count, i => names[i] = NamesOf(items, i, mentioning[i], byFirstWord, wordless));

        return names;
    }

    private static List<string> NamesOf(
        IReadOnlyList<IndexedItem> items, int ordinal, List<string> text, Dictionary<string, List<(int Entity, string[] Words)>> byFirstWord, List<int> wordless)
    {
        var item = items[ordinal];
        var mentioned = new SortedSet<int>();
        if (text.Count == 0)
        {
            mentioned.UnionWith(wordless);
        }

        for (var at = 0; at < text.Count; at++)
        {
            if (!byFirstWord.TryGetValue(text[at], out var candidates))
            {
                continue;
            }

            foreach (var (entity, words) in candidates)
            {
                if (!mentioned.Contains(entity) && At(text, at, words))
                {
                    mentioned.Add(entity);
                }
            }
        }

        var names = new List<string>(item.OwnNames);
        foreach (var entity in mentioned)
        {
            if (items[entity].Id != item.Id)
            {
                names.AddRange(items[entity].OwnNames);
            }
        }

        return names;
    }

    private static bool At(List<string> text, int at, string[] words)
    {
        if (at + words.Length > text.Count)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (!string.Equals(text[at + k], words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
