namespace CooperationBot.Bot.Visits;

/// <summary>A key figure of a visit: value, unit, the date it was true, what it means.</summary>
public sealed record FigureLine(string Id, decimal Value, string Unit, DateOnly AsOf, string? Period, string Meaning, bool IsTranslation, SourceCitation Source);
