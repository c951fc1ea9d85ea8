using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge;

/// <summary>One valid version of the knowledge, as loaded: never changed after it is published.</summary>
/// <param name="Knowledge">The knowledge; drafts are left out here, so nothing reading a snapshot ever serves one.</param>
/// <param name="Version">A short content hash of the knowledge file (and its source texts).</param>
/// <param name="LoadedAt">When it was loaded.</param>
/// <param name="Path">The knowledge file it came from.</param>
public sealed record KnowledgeSnapshot(KnowledgeBase Knowledge, string Version, DateTimeOffset LoadedAt, string Path)
{
    /// <summary>The knowledge as served: the reviewed items only (see <see cref="KnowledgeDrafts.WithoutDrafts"/>).</summary>
    public KnowledgeBase Knowledge { get; init => field = KnowledgeDrafts.WithoutDrafts(value); } = KnowledgeDrafts.WithoutDrafts(Knowledge);
}
