using CooperationBot.Bot.Knowledge;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>Builds the <see cref="DigestOverview"/> of the knowledge for a subscriber's first digest.</summary>
public static class DigestOverviewBuilder
{
    /// <summary>How many of the newest items the overview lists.</summary>
    public const int NewestCount = 3;

    /// <summary>
    /// The overview of <paramref name="current"/>: its facts counted per topic, and the <see cref="NewestCount"/> newest
    /// facts, figures, quotes and visits by their own date, or their source document's date when they have none.
    /// </summary>
    public static DigestOverview Build(KnowledgeSnapshot current, DateOnly digestDate)
    {
        ArgumentNullException.ThrowIfNull(current);
        var knowledge = current.Knowledge;
        var factory = new DigestItemFactory(knowledge);
        var topics = knowledge.Topics
            .Select(topic => (topic.Name, Facts: knowledge.Facts.Count(f => string.Equals(f.Topic, topic.Id, StringComparison.Ordinal))))
            .Where(t => t.Facts > 0)
            .OrderByDescending(t => t.Facts)
            .ToList();
        var items = knowledge.Facts.Select(f => factory.Fact(f, DigestChange.Unchanged))
            .Concat(knowledge.Figures.Select(f => factory.Figure(f, DigestChange.Unchanged)))
            .Concat(knowledge.Quotes.Select(q => factory.Quote(q, DigestChange.Unchanged)))
            .Concat(knowledge.Visits.Select(v => factory.Visit(v, DigestChange.Unchanged)).OfType<DigestItem>());
        var newest = items
            .Select(item => (Item: item, Date: item.Date ?? item.Document?.Date))
            .Where(d => d.Date is not null)
            .OrderByDescending(d => d.Date)
            .ThenBy(d => d.Item.Kind)
            .ThenBy(d => d.Item.Id, StringComparer.Ordinal)
            .Take(NewestCount)
            .Select(d => d.Item)
            .ToList();
        return new DigestOverview(digestDate, current.Version, knowledge.Facts.Count, topics, newest);
    }
}
