namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>An organisation named in a source.</summary>
public sealed record Organisation
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Other names and abbreviations (e.g. UNHCR and the source's UNCHR), all findable.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public LocalizedText? Description { get; init; }

    public required SourceRef Source { get; init; }
}
