using System.Text.Json.Serialization;

namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>An organisation named in a source.</summary>
public sealed record Organisation : ICuratedItem
{
    public required string Id { get; init; }

    /// <summary>Draft items are validated but never served; absent in the file means reviewed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public KnowledgeStatus Status { get; init; }

    public required string Name { get; init; }

    /// <summary>Other names and abbreviations (e.g. UNHCR and the source's UNCHR), all findable.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public LocalizedText? Description { get; init; }

    public required SourceRef Source { get; init; }
}
