namespace CooperationBot.Bot.Visits;

/// <summary>A quote with its speaker; <see cref="IsTranslation"/> when shown in English.</summary>
public sealed record QuoteLine(string Id, string Speaker, string SpeakerRole, string Text, DateOnly Date, bool IsTranslation, SourceCitation Source);
