using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Host.Configuration;

/// <summary>The <c>Bot</c> configuration section.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Where the channel's signing keys are published. The default is the Bot Framework's public cloud
    /// metadata; tests point it at a loopback server (http is allowed for loopback hosts only).
    /// </summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Channels whose tokens are accepted. The default is msteams only.</summary>
    public IList<string> AllowedChannelIds { get; set; } = [];

    /// <summary>Tenants (channelData.tenant.id) that may use the bot. Empty (the default) allows all.</summary>
    public IList<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// Connector hosts that may receive the bot's token (https only). Empty (the default) uses the Bot Framework
    /// list: *.botframework.com, smba.trafficmanager.net and the government clouds' smba hosts.
    /// </summary>
    public IList<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>The largest accepted request body in KB. The default is 256.</summary>
    [Range(4, 4096)]
    public int MaxRequestBodyKilobytes { get; set; } = 256;

    /// <summary>Seconds a turn may run before the request is answered anyway (Teams waits 15). The default is 10.</summary>
    [Range(1, 14)]
    public int AckBudgetSeconds { get; set; } = 10;

    /// <summary>
    /// Seconds a message-extension search may run before it gets the bot's own "too slow" answer (Teams gives up
    /// after about 5). The default is 4.
    /// </summary>
    [Range(1, 4)]
    public int MessageExtensionBudgetSeconds { get; set; } = 4;

    /// <summary>
    /// The longest wait, in seconds, before a reply that the connector throttled (429) or failed for a moment is
    /// tried again: caps its Retry-After and the backoff. Replies are sent from the turn, after the HTTP answer.
    /// The default is 120.
    /// </summary>
    [Range(1, 600)]
    public int ReplyMaxRetryAfterSeconds { get; set; } = 120;

    /// <summary>
    /// The bot's address as a browser reaches it, for links the bot hands out (the Word briefing note). An absolute
    /// http or https URL. The default is http://127.0.0.1:3978.
    /// </summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978";

    /// <summary>True when <see cref="PublicBaseUrl"/> is an absolute http or https URL without query or fragment.</summary>
    public bool HasValidPublicBaseUrl =>
        Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment);
}
