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

    /// <summary>The dates the item happened on (a fact's date, a quote's, a visit's).</summary>
    public IReadOnlyList<DateOnly> Dates { get; init; } = [];

    /// <summary>The year of a fact's period, when the curator gave it.</summary>
    public int? Year { get; init; }

    /// <summary>The period the item covers, in the source's words (a fact's <c>when.period</c>, a figure's <c>period</c>).</summary>
    public LocalizedText? Period { get; init; }

    /// <summary>A figure's <c>as_of</c>: the date its value was current.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The place of a visit.</summary>
    public LocalizedText? Place { get; init; }

    /// <summary>Ids of the items the knowledge gives as this item's reason.</summary>
    public IReadOnlyList<string> Because { get; init; } = [];
}
