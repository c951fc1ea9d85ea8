namespace CooperationBot.Bot.Briefings;

/// <summary>What a briefing token check found.</summary>
public enum BriefingTokenStatus
{
    /// <summary>Signed with our key, well formed and not expired.</summary>
    Valid,

    /// <summary>Malformed, tampered with or signed with another key.</summary>
    Invalid,

    /// <summary>Genuine, but past its expiry time.</summary>
    Expired,
}
