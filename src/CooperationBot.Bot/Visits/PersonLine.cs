namespace CooperationBot.Bot.Visits;

/// <summary>A person in a delegation or among the counterparts, with the role the source gives.</summary>
public sealed record PersonLine(string Id, string Name, string Role, SourceCitation Source);
