using System.Text.Json.Serialization;

namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>Words a person said, verbatim from the source (quote marks not included), with a translation.</summary>
public sealed record Quote : ISupersedingItem, IConflictingItem
{
    public required string Id { get; init; }

    /// <summary>Draft items are validated but never served; absent in the file means reviewed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public KnowledgeStatus Status { get; init; }

    /// <summary>The id of the <see cref="Person"/> who said it.</summary>
    public required string Speaker { get; init; }

    /// <summary>The quote in Dutch as the source writes it, and its English translation.</summary>
    public required LocalizedText Text { get; init; }

    public required DateOnly Date { get; init; }

    public required SourceRef Source { get; init; }

    /// <summary>Ids of the quotes this one replaces (a quote the source corrects); they stay in the file as history.</summary>
    [OmitWhenEmpty]
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>Ids of the facts, figures or quotes the curator marked as contradicting this one (listed by <c>knowledge validate</c> as warnings).</summary>
    [OmitWhenEmpty]
    public IReadOnlyList<string> ConflictsWith { get; init; } = [];
}
