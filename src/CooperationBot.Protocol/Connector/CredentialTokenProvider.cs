using Azure.Core;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// The bot's connector token from an Azure.Identity <see cref="TokenCredential"/> (an app registration's secret or
/// certificate, or a managed identity), held in an <see cref="AccessTokenCache"/>: refreshed five minutes (at most half
/// its lifetime) before it runs out, one acquisition at a time. A failure is the <see cref="AccessTokenException"/> of
/// <see cref="CredentialToken"/>, logged with its status and error code only; the token and the secret never are.
/// </summary>
public sealed class CredentialTokenProvider : IAccessTokenProvider
{
    private readonly TokenCredential _credential;
    private readonly string _credentialName;
    private readonly string _appId;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly AccessTokenCache _cache;

    public CredentialTokenProvider(TokenCredential credential, string appId, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _credential = credential;
        _credentialName = credential.GetType().Name;
        _appId = appId;
        _timeProvider = timeProvider;
        _logger = logger;
        _cache = new AccessTokenCache(timeProvider);
    }

    /// <summary>The kind of credential, e.g. <c>ClientSecretCredential</c> or <c>ManagedIdentityCredential</c>.</summary>
    public string CredentialName => _credentialName;

    /// <inheritdoc />
    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) => _cache.GetAsync(RequestTokenAsync, cancellationToken);

    private async Task<(string Token, DateTimeOffset ExpiresAt)> RequestTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (token, validFor) = await CredentialToken.RequestAsync(_credential, ClientCredentialsOptions.Scope, cancellationToken).ConfigureAwait(false);
            Log.CredentialTokenAcquired(_logger, _credentialName, _appId, validFor);
            return (token, _timeProvider.GetUtcNow() + validFor);
        }
        catch (AccessTokenException exception)
        {
            Log.CredentialTokenFailed(_logger, _credentialName, _appId, exception.StatusCode, exception.ErrorCode);
            throw;
        }
    }
}
