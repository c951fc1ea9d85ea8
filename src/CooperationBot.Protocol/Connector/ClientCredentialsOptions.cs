namespace CooperationBot.Protocol.Connector;

/// <summary>
/// The bot's Entra app registration, under the configuration keys Azure Bot Service deployments use
/// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId), with either a client secret or a
/// certificate.
/// </summary>
public sealed class ClientCredentialsOptions
{
    /// <summary>The scope of a token for the Bot Framework connector.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";

    /// <summary>The tenant that issues a multi-tenant bot's tokens.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    /// <summary>The Entra authority host of the public cloud.</summary>
    public const string PublicAuthorityHost = "https://login.microsoftonline.com/";

    /// <summary>The app (client) id.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The client secret. Never logged and never put in an exception message. Leave empty with a certificate.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>
    /// Instead of a secret: the path of the app's certificate with its private key, as a PEM file (certificate and key
    /// in one file) or a PFX file without a password.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The tenant of a single-tenant bot.</summary>
    public string? TenantId { get; set; }

    /// <summary><c>MultiTenant</c> or <c>SingleTenant</c>.</summary>
    /// <value>The default is <c>MultiTenant</c>.</value>
    public string AppType { get; set; } = MultiTenant;

    /// <summary>The Entra authority host (https). The default is the public cloud's; tests set a loopback https server.</summary>
    public string AuthorityHost { get; set; } = PublicAuthorityHost;

    /// <summary>True when the app signs in with <see cref="CertificatePath"/> rather than a secret.</summary>
    public bool UsesCertificate => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>The tenant that issues the token: the bot's own for SingleTenant, <c>botframework.com</c> otherwise.</summary>
    public string Tenant =>
        string.Equals(AppType, SingleTenant, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(TenantId)
            ? TenantId.Trim()
            : BotFrameworkTenant;

    /// <summary>The token endpoint the credential posts to: <c>{AuthorityHost}/{Tenant}/oauth2/v2.0/token</c>.</summary>
    public string TokenEndpoint => $"{AuthorityHost.TrimEnd('/')}/{Uri.EscapeDataString(Tenant)}/oauth2/v2.0/token";
}
