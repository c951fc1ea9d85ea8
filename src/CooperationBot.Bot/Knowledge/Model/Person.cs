namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>A person named in a source, with the role the source gives.</summary>
public sealed record Person
{
    public required string Id { get; init; }

    /// <summary>The name as the source writes it (no first name the source does not give).</summary>
    public required string Name { get; init; }

    public required LocalizedText Role { get; init; }

    /// <summary>Other ways users may write the name.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required SourceRef Source { get; init; }
}
