namespace CooperationBot.Host.Configuration;

/// <summary>
/// The bot's Azure Bot registration, read from the configuration root under the names Azure Bot Service
/// deployments already use (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId).
/// Environment variables override appsettings.json.
/// </summary>
public sealed class BotCredentialsOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI. The default is MultiTenant.</summary>
    public string MicrosoftAppType { get; set; } = MultiTenant;

    /// <summary>The bot's app id (for UserAssignedMSI the managed identity's client id). Empty runs the bot anonymously, which only the Development environment allows.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret of a MultiTenant or SingleTenant bot; empty for UserAssignedMSI. Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The Entra tenant of a SingleTenant or UserAssignedMSI bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>True when an app id is configured, so channel tokens are required and outbound calls carry a token.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
