using Azure.Core;
using Azure.Identity;
using CooperationBot.Protocol.Connector;

namespace CooperationBot.Host.Identity;

/// <summary>
/// The bot's connector token from an Azure.Identity <see cref="TokenCredential"/> (a managed identity or an app
/// registration), held in an <see cref="AccessTokenCache"/>: refreshed five minutes (at most half its lifetime) before it
/// runs out, one acquisition at a time. The token is never logged and never put in an exception.
/// </summary>
public sealed class CredentialAccessTokenProvider : IAccessTokenProvider
{
    /// <summary>The scope of a token for the Bot Framework connector.</summary>
    public const string Scope = ClientCredentialsOptions.Scope;

    private readonly TokenCredential _credential;
    private readonly string _credentialName;
    private readonly string _appId;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly AccessTokenCache _cache;

    public CredentialAccessTokenProvider(
        TokenCredential credential, string appId, TimeProvider timeProvider, ILogger<CredentialAccessTokenProvider> logger)
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

    /// <inheritdoc />
    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) => _cache.GetAsync(RequestTokenAsync, cancellationToken);

    private async Task<(string Token, DateTimeOffset ExpiresAt)> RequestTokenAsync(CancellationToken cancellationToken)
    {
        AccessToken token;
        try
        {
            token = await _credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationFailedException exception)
        {
            // The credential's own message may name endpoints and carry an identity service's answer: only its kind goes out.
            var reason = exception is CredentialUnavailableException ? "unavailable" : "failed";
            Log.TokenRequestFailed(_logger, _credentialName, _appId, reason, exception.GetType().Name);
            throw new AccessTokenException(
                $"No connector token from {_credentialName}: the credential is {reason} ({exception.GetType().Name}).", exception);
        }

        var now = _timeProvider.GetUtcNow();
        var validFor = token.ExpiresOn - now;
        if (string.IsNullOrEmpty(token.Token) || validFor <= TimeSpan.Zero)
        {
            Log.TokenRequestFailed(_logger, _credentialName, _appId, "expired", nameof(AccessToken));
            throw new AccessTokenException($"No connector token from {_credentialName}: the token it gave is empty or expired.");
        }

        Log.TokenAcquired(_logger, _credentialName, _appId, validFor);
        return (token.Token, token.ExpiresOn);
    }

}
