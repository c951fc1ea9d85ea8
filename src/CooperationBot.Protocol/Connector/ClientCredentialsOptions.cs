namespace CooperationBot.Protocol.Connector;

/// <summary>
/// The bot's Entra app registration, under the configuration keys Azure Bot Service deployments use
/// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId).
/// </summary>
public sealed class ClientCredentialsOptions
{
    /// <summary>The scope of a token for the Bot Framework connector.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";

    /// <summary>The tenant segment of the token endpoint for a multi-tenant bot.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    private string? _tokenEndpoint;

    /// <summary>The app (client) id.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The client secret. Never logged and never put in an exception message.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>The tenant of a single-tenant bot.</summary>
    public string? TenantId { get; set; }

    /// <summary><c>MultiTenant</c> or <c>SingleTenant</c>.</summary>
    /// <value>The default is <c>MultiTenant</c>.</value>
    public string AppType { get; set; } = MultiTenant;

    /// <summary>
    /// The token endpoint. Unless set, <c>https://login.microsoftonline.com/{botframework.com | tenant}/oauth2/v2.0/token</c>
    /// by <see cref="AppType"/>. Tests may set a loopback http URL; anything else must be https.
    /// </summary>
    public string TokenEndpoint
    {
        get => _tokenEndpoint ?? DefaultTokenEndpoint();
        set => _tokenEndpoint = value;
    }

    private string DefaultTokenEndpoint()
    {
        var tenant = string.Equals(AppType, SingleTenant, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(TenantId)
            ? TenantId.Trim()
            : BotFrameworkTenant;
        return $"https://login.microsoftonline.com/{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token";
    }
}
