using System.Text.Json.Serialization;

namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>A number the source gives, with its unit, what it means, and the date it was true.</summary>
public sealed record Figure : ISupersedingItem, IConflictingItem
{
    public required string Id { get; init; }

    /// <summary>Draft items are validated but never served; absent in the file means reviewed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public KnowledgeStatus Status { get; init; }

    public required string Topic { get; init; }

    public required decimal Value { get; init; }

    /// <summary>What is counted, e.g. "Marokkaanse vreemdelingen teruggekeerd".</summary>
    public required LocalizedText Unit { get; init; }

    /// <summary>The date the figure was published as current (the source's date unless it says otherwise).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The period the figure covers, in the source's words.</summary>
    public LocalizedText? Period { get; init; }

    /// <summary>The figure in a full sentence.</summary>
    public required LocalizedText Meaning { get; init; }

    public required SourceRef Source { get; init; }

    /// <summary>
    /// The id of the series this figure belongs to: the same quantity measured at different times (by <see cref="AsOf"/>),
    /// always in the same unit; null when the figure stands alone.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Measure { get; init; }

    /// <summary>Ids of the figures this one replaces (a corrected figure); they stay in the file as history.</summary>
    [OmitWhenEmpty]
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>Ids of the facts, figures or quotes the curator marked as contradicting this one (listed by <c>knowledge validate</c> as warnings).</summary>
    [OmitWhenEmpty]
    public IReadOnlyList<string> ConflictsWith { get; init; } = [];
}
