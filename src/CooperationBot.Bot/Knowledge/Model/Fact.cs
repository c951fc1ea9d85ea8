using System.Text.Json.Serialization;

namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>One curated statement, answerable on its own, with its source.</summary>
public sealed record Fact : ISupersedingItem, IConflictingItem
{
    public required string Id { get; init; }

    /// <summary>Draft items are validated but never served; absent in the file means reviewed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public KnowledgeStatus Status { get; init; }

    /// <summary>The id of a <see cref="Model.Topic"/>.</summary>
    public required string Topic { get; init; }

    /// <summary>The statement, in Dutch with its English translation.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Search words users may use for this fact (not shown as facts).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public TimeReference? When { get; init; }

    public required SourceRef Source { get; init; }

    /// <summary>Ids of facts, figures, quotes or visits to show beside this one.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Ids of the facts, figures or quotes the source gives as this fact's reason; a why-question is answered with them.</summary>
    public IReadOnlyList<string> Because { get; init; } = [];

    /// <summary>Questions this fact answers, in users' words, used for retrieval and as follow-up buttons.</summary>
    public IReadOnlyList<LocalizedText> Questions { get; init; } = [];

    /// <summary>Ids of the facts this one replaces (a new version of an agreement, a statement the source corrects); they stay in the file as history.</summary>
    [OmitWhenEmpty]
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>Ids of the facts, figures or quotes the curator marked as contradicting this one (listed by <c>knowledge validate</c> as warnings).</summary>
    [OmitWhenEmpty]
    public IReadOnlyList<string> ConflictsWith { get; init; } = [];
}
