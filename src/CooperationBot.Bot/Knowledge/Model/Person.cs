using System.Text.Json.Serialization;

namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>A person named in a source, with the role the source gives.</summary>
public sealed record Person : ISupersedingItem
{
    public required string Id { get; init; }

    /// <summary>Draft items are validated but never served; absent in the file means reviewed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public KnowledgeStatus Status { get; init; }

    /// <summary>The name as the source writes it (no first name the source does not give).</summary>
    public required string Name { get; init; }

    public required LocalizedText Role { get; init; }

    /// <summary>Other ways users may write the name.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required SourceRef Source { get; init; }

    /// <summary>Ids of the people whose role this one takes over (the new holder of an office replaces the previous one: the earlier role is history); they stay in the file as history.</summary>
    [OmitWhenEmpty]
    public IReadOnlyList<string> Supersedes { get; init; } = [];
}
