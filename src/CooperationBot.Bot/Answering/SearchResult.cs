namespace CooperationBot.Bot.Answering;

/// <summary>What a question found in a <see cref="KnowledgeIndex"/>.</summary>
/// <param name="Hits">The best items, best first.</param>
/// <param name="InformativeWords">The question's words that are not function words.</param>
/// <param name="InDomain">True when at least one informative word that is not a domain anchor is in the knowledge.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int InformativeWords, bool InDomain)
{
    public SearchHit? Best => Hits.Count > 0 ? Hits[0] : null;
}
