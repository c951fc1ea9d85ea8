namespace CooperationBot.Protocol.Connector;

/// <summary>Settings of the outbound connector client.</summary>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string SectionName = "Connector";

    /// <summary>
    /// Hosts that may receive the bot's token. An entry <c>*.example.com</c> matches the subdomains of
    /// <c>example.com</c>; every other entry matches exactly (ignoring case).
    /// </summary>
    /// <value>The default is the Bot Framework domain and the Teams connector hosts of every cloud.</value>
    public IList<string> AllowedServiceUrlHosts { get; set; } =
    [
        "*.botframework.com",
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    /// <summary>How often a throttled (429) or transiently failed (412, 502, 503, 504) call is retried.</summary>
    /// <value>The default is 3.</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; it doubles with every retry and gets a random jitter of ±20 %.</summary>
    /// <value>The default is 1 second.</value>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait before a retry: caps both a 429's Retry-After and the backoff. Replies are sent from the
    /// turn, which goes on after the HTTP answer (see the processor's ack budget), so a long wait holds no request.
    /// </summary>
    /// <value>The default is 2 minutes.</value>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);
}
