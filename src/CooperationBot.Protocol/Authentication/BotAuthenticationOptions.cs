namespace CooperationBot.Protocol.Authentication;

/// <summary>Settings for validating the tokens Azure Bot Service / Teams sends with each inbound activity.</summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The bot's app id, the only accepted audience. When null or empty every token is rejected.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>
    /// The OpenID metadata document that names the key set. https is required, except for loopback hosts.
    /// <value>The default is the public Bot Framework metadata.</value>
    /// </summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Accepted issuers, compared ordinally. <value>The default is <c>https://api.botframework.com</c>.</value></summary>
    public IList<string> ValidIssuers { get; set; } = ["https://api.botframework.com"];

    /// <summary>Channels the bot accepts activities from. <value>The default is <c>msteams</c> only.</value></summary>
    public IList<string> AllowedChannelIds { get; set; } = ["msteams"];

    /// <summary>Tolerance for <c>exp</c> and <c>nbf</c>. <value>The default is 5 minutes.</value></summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Maximum age of the cached key set. <value>The default is 24 hours.</value></summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// An unknown <c>kid</c> refreshes the key set only when the cached set is at least this old.
    /// <value>The default is 5 minutes.</value>
    /// </summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}
