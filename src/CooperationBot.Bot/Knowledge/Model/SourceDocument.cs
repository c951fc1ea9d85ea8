namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>A published document the knowledge is curated from.</summary>
public sealed record SourceDocument
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Publisher { get; init; }

    /// <summary>The publication date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Where it is published, when known. Never guessed.</summary>
    public Uri? Url { get; init; }

    /// <summary>The text of the document, relative to the knowledge file (e.g. <c>sources/000_ef273bc0d1f99a1b.txt</c>).</summary>
    public string? File { get; init; }

    /// <summary>The document's language code. The default is <c>nl</c>.</summary>
    public string Language { get; init; } = "nl";
}
