using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// Gets the bot's connector token for an app registration with Azure.Identity: a <see cref="ClientSecretCredential"/>,
/// or a <see cref="ClientCertificateCredential"/> when a certificate file is set, on the token endpoint of
/// <see cref="ClientCredentialsOptions.TokenEndpoint"/>. The token is cached and refreshed by a
/// <see cref="CredentialTokenProvider"/>. Give it an <see cref="HttpClient"/> built on
/// <see cref="ConnectorHttpHandler.CreatePrimaryHandler"/>, so no redirect is followed.
/// </summary>
public sealed class ClientCredentialsTokenProvider : IAccessTokenProvider
{
    /// <summary>Retries of a failed token request: few, so a wrong secret fails fast with its reason.</summary>
    private const int MaxRetries = 1;

    private readonly CredentialTokenProvider _tokens;

    public ClientCredentialsTokenProvider(
        HttpClient httpClient,
        IOptions<ClientCredentialsOptions> options,
        TimeProvider timeProvider,
        ILogger<ClientCredentialsTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        var validation = new ClientCredentialsOptionsValidator().Validate(null, options.Value);
        if (validation.Failed)
        {
            throw new InvalidOperationException("Invalid client credentials settings: " + validation.FailureMessage);
        }

        _tokens = new CredentialTokenProvider(CreateCredential(options.Value, httpClient), options.Value.AppId.Trim(), timeProvider, logger);
    }

    /// <summary>The kind of credential in use: <c>ClientSecretCredential</c> or <c>ClientCertificateCredential</c>.</summary>
    public string CredentialName => _tokens.CredentialName;

    /// <inheritdoc />
    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) => _tokens.GetAccessTokenAsync(cancellationToken);

    private static TokenCredential CreateCredential(ClientCredentialsOptions options, HttpClient httpClient)
    {
        var appId = options.AppId.Trim();
        if (options.UsesCertificate)
        {
            return new ClientCertificateCredential(options.Tenant, appId, options.CertificatePath, Configure(new ClientCertificateCredentialOptions(), options, httpClient));
        }

        return new ClientSecretCredential(options.Tenant, appId, options.AppPassword, Configure(new ClientSecretCredentialOptions(), options, httpClient));
    }

    private static T Configure<T>(T credential, ClientCredentialsOptions options, HttpClient httpClient)
        where T : TokenCredentialOptions
    {
        credential.AuthorityHost = new Uri(options.AuthorityHost, UriKind.Absolute);
        credential.Transport = new HttpClientTransport(httpClient);
        credential.Retry.MaxRetries = MaxRetries;
        credential.Retry.Delay = TimeSpan.FromMilliseconds(200);
        credential.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        // The authority comes from configuration, not from a caller, so there is nothing to discover or validate: the
        // token request goes straight to the authority's token endpoint.
        switch (credential)
        {
            case ClientSecretCredentialOptions secret:
                secret.DisableInstanceDiscovery = true;
                break;
            case ClientCertificateCredentialOptions certificate:
                certificate.DisableInstanceDiscovery = true;
                break;
            default:
                break;
        }

        return credential;
    }
}
