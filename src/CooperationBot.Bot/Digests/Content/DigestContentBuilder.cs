using CooperationBot.Bot.Knowledge;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>
/// Compares the current knowledge with the subscriber's baseline by item hashes (see <see cref="KnowledgeItemHashes"/>)
/// and lists what a digest shows.
/// </summary>
public static class DigestContentBuilder
{
    /// <summary>
    /// The digest of <paramref name="current"/> for <paramref name="digestDate"/>. With no
    /// <paramref name="baselineHashes"/> (no earlier digest known) nothing is listed as changed: that digest only sets
    /// the baseline. Added: an id not in the baseline; changed: a different hash; removed: in the baseline only.
    /// </summary>
    /// <param name="current">The knowledge the digest is built from.</param>
    /// <param name="currentHashes">The item hashes of <paramref name="current"/>.</param>
    /// <param name="baselineHashes">The item hashes of the previous digest's version, or null.</param>
    /// <param name="digestDate">The subscriber's local date the digest is for.</param>
    /// <param name="baselineVersion">The previous digest's version, shown on the card when its hashes are known.</param>
    public static DigestContent Build(
        KnowledgeSnapshot current,
        IReadOnlyDictionary<string, string> currentHashes,
        IReadOnlyDictionary<string, string>? baselineHashes,
        DateOnly digestDate,
        string? baselineVersion = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(currentHashes);
        var knowledge = current.Knowledge;
        var factory = new DigestItemFactory(knowledge);
        DigestChange ChangeOf(string id)
        {
            if (baselineHashes is null)
            {
                return DigestChange.Unchanged;
            }

            if (!baselineHashes.TryGetValue(id, out var old))
            {
                return DigestChange.Added;
            }

            return string.Equals(old, currentHashes.GetValueOrDefault(id), StringComparison.Ordinal) ? DigestChange.Unchanged : DigestChange.Changed;
        }

        var shown = new List<DigestItem>();
        shown.AddRange(ById(knowledge.Facts, f => f.Id).Select(f => factory.Fact(f, ChangeOf(f.Id))));
        shown.AddRange(ById(knowledge.Figures, f => f.Id).Select(f => factory.Figure(f, ChangeOf(f.Id))));
        shown.AddRange(ById(knowledge.Quotes, q => q.Id).Select(q => factory.Quote(q, ChangeOf(q.Id))));
        shown.AddRange(ById(knowledge.Visits, v => v.Id).Select(v => factory.Visit(v, ChangeOf(v.Id))).OfType<DigestItem>());
        shown.AddRange(ById(knowledge.People, p => p.Id).Select(p => factory.Person(p, ChangeOf(p.Id))));
        shown.AddRange(ById(knowledge.Organisations, o => o.Id).Select(o => factory.Organisation(o, ChangeOf(o.Id))));

        var upcoming = shown
            .Where(i => i.Kind is DigestItemKind.Visit or DigestItemKind.Fact && i.Date >= digestDate)
            .OrderBy(i => i.Date)
            .ThenBy(i => i.Kind == DigestItemKind.Visit ? 0 : 1)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        if (baselineHashes is null)
        {
            return new DigestContent(digestDate, current.Version, baselineVersion, [], [], 0, 0, upcoming) { IsFirst = true };
        }

        var shownIds = shown.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var others = currentHashes.Keys.Count(id => !shownIds.Contains(id) && ChangeOf(id) != DigestChange.Unchanged);
        var removed = baselineHashes.Keys.Count(id => !currentHashes.ContainsKey(id));
        return new DigestContent(
            digestDate,
            current.Version,
            baselineVersion,
            [.. shown.Where(i => i.Change == DigestChange.Added)],
            [.. shown.Where(i => i.Change == DigestChange.Changed)],
            removed,
            others,
            upcoming);
    }

    private static IEnumerable<T> ById<T>(IEnumerable<T> items, Func<T, string> id) => items.OrderBy(id, StringComparer.Ordinal);
}
