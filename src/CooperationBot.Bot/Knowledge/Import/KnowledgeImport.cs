using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Validation;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>The outcome of an import: a knowledge file of drafts, which of its people and organisations are known, and the repairs made.</summary>
/// <param name="Drafts">The source, a draft topic, and every candidate item with status draft.</param>
/// <param name="KnownIds">Ids of the people and organisations that the main knowledge file already has; the others are new candidates.</param>
/// <param name="Repairs">The encoding damage repaired, at its line and column in the document.</param>
/// <param name="Notes">
/// A note for the curator per draft fact or figure id, written as a comment above the item: the series a figure
/// continues, or the reviewed facts a sentence looks like a newer version of. Suggestions only: the curator decides.
/// </param>
public sealed record KnowledgeImport(KnowledgeBase Drafts, IReadOnlySet<string> KnownIds, IReadOnlyList<SourceDamage> Repairs, IReadOnlyDictionary<string, string> Notes);
