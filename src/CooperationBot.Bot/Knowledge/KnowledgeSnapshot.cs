using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge;

/// <summary>One valid version of the knowledge, as loaded: never changed after it is published.</summary>
/// <param name="Knowledge">The knowledge.</param>
/// <param name="Version">A short content hash of the knowledge file (and its source texts).</param>
/// <param name="LoadedAt">When it was loaded.</param>
/// <param name="Path">The knowledge file it came from.</param>
public sealed record KnowledgeSnapshot(KnowledgeBase Knowledge, string Version, DateTimeOffset LoadedAt, string Path);
