using System.Text.Json.Serialization;

namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>
/// A working visit: who went where and when, whom they met, what was discussed and agreed, with the ids of
/// the figures, quotes and facts that belong to it. Lists the source does not fill stay empty.
/// </summary>
public sealed record Visit : ICuratedItem
{
    public required string Id { get; init; }

    /// <summary>Draft items are validated but never served; absent in the file means reviewed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public KnowledgeStatus Status { get; init; }

    public required LocalizedText Title { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The place as the source gives it (a country when no city is named).</summary>
    public required LocalizedText Place { get; init; }

    public required LocalizedText Purpose { get; init; }

    /// <summary>Ids of the visiting people.</summary>
    public IReadOnlyList<string> Delegation { get; init; } = [];

    /// <summary>Ids of the people met.</summary>
    public IReadOnlyList<string> Counterparts { get; init; } = [];

    /// <summary>Ids of the topics discussed.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>What was discussed, each in the source's words.</summary>
    public IReadOnlyList<LocalizedText> Discussed { get; init; } = [];

    /// <summary>Outcomes and agreements the source reports; empty when it reports none.</summary>
    public IReadOnlyList<LocalizedText> Outcomes { get; init; } = [];

    public IReadOnlyList<string> Figures { get; init; } = [];

    public IReadOnlyList<string> Quotes { get; init; } = [];

    public IReadOnlyList<string> Facts { get; init; } = [];

    /// <summary>Ids of the organisations visited.</summary>
    public IReadOnlyList<string> OrganisationsVisited { get; init; } = [];

    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}
