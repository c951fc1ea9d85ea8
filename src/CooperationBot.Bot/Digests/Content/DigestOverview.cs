using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>
/// What the first digest of a subscriber tells when nothing changed since they subscribed: what the knowledge holds
/// (its facts per topic) and its newest items. Every number and item is read from the knowledge.
/// </summary>
/// <param name="DigestDate">The subscriber's local date the digest is for.</param>
/// <param name="KnowledgeVersion">The knowledge version it is built from.</param>
/// <param name="FactCount">How many facts the knowledge serves.</param>
/// <param name="Topics">Each topic with facts, with how many, most facts first.</param>
/// <param name="Newest">The newest dated facts, figures, quotes and visits, newest first.</param>
public sealed record DigestOverview(
    DateOnly DigestDate,
    string KnowledgeVersion,
    int FactCount,
    IReadOnlyList<(LocalizedText Topic, int Facts)> Topics,
    IReadOnlyList<DigestItem> Newest);
