namespace CooperationBot.Bot.Visits;

/// <summary>A source document of a summary, with every paragraph the summary cites from it.</summary>
public sealed record CitedDocument(string SourceId, string Title, string Publisher, DateOnly Date, Uri? Url, IReadOnlyList<int> Paragraphs);
