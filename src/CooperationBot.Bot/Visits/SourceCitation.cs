namespace CooperationBot.Bot.Visits;

/// <summary>A cited source document, as shown: title, publisher, date, paragraph and (when known) its address.</summary>
public sealed record SourceCitation(string SourceId, string Title, string Publisher, DateOnly Date, int Paragraph, Uri? Url);
