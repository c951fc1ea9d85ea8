using Azure.Core;
using Azure.Identity;
using CooperationBot.Protocol.Connector;

namespace CooperationBot.Host.Identity;

/// <summary>
/// The bot's connector token from an Azure.Identity <see cref="TokenCredential"/> (a managed identity or an app
/// registration): cached and refreshed five minutes (at most half its lifetime) before it runs out. One acquisition
/// runs at a time; concurrent callers share its result. The token is never logged and never put in an exception.
/// </summary>
public sealed class CredentialAccessTokenProvider : IAccessTokenProvider
{
    /// <summary>The scope of a token for the Bot Framework connector.</summary>
    public const string Scope = ClientCredentialsOptions.Scope;

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly string _credentialName;
    private readonly string _appId;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _acquisition = new(1, 1);
    private CachedToken? _cached;

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
    }

    /// <inheritdoc />
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        await _acquisition.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = _cached;
            if (cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt)
            {
                return cached.Token;
            }

            try
            {
                var fresh = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _cached, fresh);
                return fresh.Token;
            }
            catch (AccessTokenException) when (cached is not null && _timeProvider.GetUtcNow() < cached.ExpiresAt)
            {
                // An early refresh failed, but the token we hold is still valid: use it and try again next call.
                return cached.Token;
            }
        }
        finally
        {
            _acquisition.Release();
        }
    }

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
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
        var margin = validFor / 2 < RefreshMargin ? validFor / 2 : RefreshMargin;
        return new CachedToken(token.Token, token.ExpiresOn - margin, token.ExpiresOn);
    }

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt);
}
