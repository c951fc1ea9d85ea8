namespace CooperationBot.Bot.Visits;

/// <summary>An organisation visited, with its usual abbreviation (e.g. UNHCR) when it has one.</summary>
public sealed record OrganisationLine(string Id, string Name, string? Abbreviation, string? Note, SourceCitation Source);
