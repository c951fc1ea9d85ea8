using CooperationBot.Bot.Digests.Content;

namespace CooperationBot.Bot.Digests;

/// <summary>A composed digest message.</summary>
/// <param name="ActivityJson">The message to post as JSON, or null when no message is wanted (nothing changed).</param>
/// <param name="KnowledgeVersion">The knowledge version it was built from.</param>
/// <param name="Content">What it reports.</param>
public sealed record ComposedDigest(string? ActivityJson, string KnowledgeVersion, DigestContent Content);
