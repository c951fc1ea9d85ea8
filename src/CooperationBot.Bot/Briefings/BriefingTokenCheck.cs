using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Briefings;

/// <summary>The result of <see cref="BriefingTokens.Check"/>: the visit and language are set only when the token is genuine.</summary>
public sealed record BriefingTokenCheck(BriefingTokenStatus Status, string? VisitId = null, UserLanguage Language = UserLanguage.Dutch, DateTimeOffset? ExpiresAt = null)
{
    public static BriefingTokenCheck Invalid { get; } = new(BriefingTokenStatus.Invalid);
}
