namespace CooperationBot.Bot.Briefings;

/// <summary>The briefing-link settings in the <c>Bot</c> configuration section.</summary>
public sealed class BriefingOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// The HMAC key that signs briefing links: at least 32 random bytes in base64 (e.g. <c>openssl rand -base64 32</c>).
    /// Required outside Development; in Development a key is generated into <see cref="BriefingKeyFile"/> when empty.
    /// Never logged.
    /// </summary>
    public string? BriefingSigningKey { get; set; }

    /// <summary>How long a briefing link stays valid, in hours (1 to 168). The default is 24.</summary>
    public int BriefingTokenLifetimeHours { get; set; } = 24;

    /// <summary>
    /// Development only: where the generated key is kept and reused (owner-only permissions). The default is
    /// <c>.data/briefing-signing.key</c> under the working directory.
    /// </summary>
    public string BriefingKeyFile { get; set; } = ".data/briefing-signing.key";

    /// <summary>Where <see cref="BriefingSigningKey"/> came from (configuration or the key file), for messages.</summary>
    internal string? KeyOrigin { get; set; }
}
