namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>The whole curated knowledge file (knowledge/knowledge.yaml).</summary>
public sealed record KnowledgeBase
{
    /// <summary>The format version of the file. The current one is 1.</summary>
    public required int Version { get; init; }

    /// <summary>What holds for the whole file (its home country), or null.</summary>
    public KnowledgeContext? Context { get; init; }

    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];

    public IReadOnlyList<Topic> Topics { get; init; } = [];

    public IReadOnlyList<Person> People { get; init; } = [];

    public IReadOnlyList<Organisation> Organisations { get; init; } = [];

    public IReadOnlyList<Fact> Facts { get; init; } = [];

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    public IReadOnlyList<Visit> Visits { get; init; } = [];
}
