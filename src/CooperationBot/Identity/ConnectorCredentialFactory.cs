using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using CooperationBot.Host.Configuration;
using CooperationBot.Protocol.Connector;

namespace CooperationBot.Host.Identity;

/// <summary>
/// Chooses the Azure.Identity credential for the bot's outbound connector token from its registration: a user-assigned
/// managed identity (<c>MicrosoftAppType=UserAssignedMSI</c>, <c>MicrosoftAppId</c> its client id). Its HTTP calls use
/// <see cref="ConnectorHttpHandler.CreatePrimaryHandler"/>, so no redirect is followed.
/// </summary>
public static class ConnectorCredentialFactory
{
    /// <summary>
    /// Retries of a failed identity request: few and short, so a misconfigured identity fails a readiness probe with
    /// its reason instead of a time-out.
    /// </summary>
    private const int MaxRetries = 1;

    /// <summary>True when <paramref name="credentials"/> asks for a managed identity.</summary>
    public static bool UsesManagedIdentity(BotCredentialsOptions credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return string.Equals(credentials.MicrosoftAppType, BotCredentialsOptions.UserAssignedMsi, StringComparison.Ordinal);
    }

    /// <summary>
    /// The managed-identity credential for the client id in <c>MicrosoftAppId</c>. Azure.Identity finds the identity
    /// endpoint of the platform (on App Service: <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c>).
    /// </summary>
    public static TokenCredential CreateManagedIdentity(BotCredentialsOptions credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var clientId = credentials.MicrosoftAppId?.Trim();
        ArgumentException.ThrowIfNullOrEmpty(clientId, nameof(credentials));
        var options = new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(clientId))
        {
            Transport = new HttpClientTransport(ConnectorHttpHandler.CreatePrimaryHandler()),
        };
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        return new ManagedIdentityCredential(options);
    }
}
