using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>One answerable item as the index sees it: what it shows and what it is found by.</summary>
internal sealed record IndexedItem
{
    public required string Id { get; init; }

    public required AnswerItemKind Kind { get; init; }

    public string? Topic { get; init; }

    /// <summary>The text an answer shows.</summary>
    public required LocalizedText Text { get; init; }

    public required SourceRef Source { get; init; }

    /// <summary>Further searchable text (units, roles, purposes, what was discussed), Dutch and English.</summary>
    public IReadOnlyList<LocalizedText> Extra { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<LocalizedText> Questions { get; init; } = [];

    /// <summary>The item's own names (people and organisations) or the speaker's.</summary>
    public IReadOnlyList<string> OwnNames { get; init; } = [];

    /// <summary>The kinds of question the item can answer (a time, a quantity, a person).</summary>
    public QuestionIntent Answers { get; set; }

    /// <summary>Ids of items to show beside this one.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
}
