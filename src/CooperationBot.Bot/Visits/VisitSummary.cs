using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// Everything a briefing officer needs about one visit, in one language, from the knowledge only: the card and
/// the Word briefing note render this same object. Lists the knowledge does not fill are empty, and renderers
/// leave their section out.
/// </summary>
public sealed record VisitSummary
{
    public required string VisitId { get; init; }

    public required UserLanguage Language { get; init; }

    public required string Title { get; init; }

    public required DateOnly Date { get; init; }

    public required string Place { get; init; }

    public required string Purpose { get; init; }

    public IReadOnlyList<PersonLine> Delegation { get; init; } = [];

    public IReadOnlyList<PersonLine> Counterparts { get; init; } = [];

    /// <summary>The names of the topics discussed.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Discussed { get; init; } = [];

    public IReadOnlyList<string> Outcomes { get; init; } = [];

    public IReadOnlyList<FigureLine> Figures { get; init; } = [];

    public IReadOnlyList<QuoteLine> Quotes { get; init; } = [];

    public IReadOnlyList<OrganisationLine> OrganisationsVisited { get; init; } = [];

    /// <summary>The visit's facts, each with its source.</summary>
    public IReadOnlyList<CitedText> RelatedFacts { get; init; } = [];

    /// <summary>Every source document the summary cites, once, oldest first, with the paragraphs cited.</summary>
    public IReadOnlyList<CitedDocument> Sources { get; init; } = [];

    /// <summary>True when texts are English translations of Dutch sources.</summary>
    public bool IsTranslation { get; init; }

    /// <summary>The knowledge version the summary was made from (a content hash, for logs and the Word footer).</summary>
    public required string KnowledgeVersion { get; init; }

    /// <summary>The date the knowledge runs up to, as users are shown it: "Kennis van 21 februari 2023".</summary>
    public required DateOnly KnowledgeDate { get; init; }

    /// <summary>The model's phrasing of this summary that passed the guard, or null (no model, or it failed).</summary>
    public Phrasing.PhrasedAnswer? Phrased { get; init; }

    /// <summary>Why a configured model's phrasing is not shown, or null.</summary>
    public string? PhrasingFallback { get; init; }
}
