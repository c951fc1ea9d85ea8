using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// The bot's connector token from an Azure.Identity <see cref="TokenCredential"/> (an app registration's secret or
/// certificate, or a managed identity), held in an <see cref="AccessTokenCache"/>: refreshed five minutes (at most half
/// its lifetime) before it runs out, one acquisition at a time. A failure becomes an <see cref="AccessTokenException"/>
/// with the identity service's status and error code; the token, the secret and the service's own message (which may
/// name endpoints and headers) are never logged or put in the exception.
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
        AccessToken token;
        try
        {
            token = await _credential.GetTokenAsync(new TokenRequestContext([ClientCredentialsOptions.Scope]), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AuthenticationFailedException or RequestFailedException or MsalException)
        {
            throw Failed(exception);
        }

        // The credential dates its token on the system clock; the cache runs on ours. Only the lifetime crosses over.
        var validFor = token.ExpiresOn - TimeProvider.System.GetUtcNow();
        if (string.IsNullOrEmpty(token.Token) || validFor <= TimeSpan.Zero)
        {
            Log.CredentialTokenFailed(_logger, _credentialName, _appId, 0, "invalid_response");
            throw new AccessTokenException(0, "invalid_response", $"The token {_credentialName} gave is empty or expired.");
        }

        Log.CredentialTokenAcquired(_logger, _credentialName, _appId, validFor);
        return (token.Token, _timeProvider.GetUtcNow() + validFor);
    }

    private AccessTokenException Failed(Exception exception)
    {
        // Only the status and the OAuth error code go out: the messages may carry endpoints and service answers.
        var (status, error) = FindServiceAnswer(exception);
        error ??= exception is CredentialUnavailableException ? "unavailable" : null;
        Log.CredentialTokenFailed(_logger, _credentialName, _appId, status, error);
        var message = status > 0
            ? $"The identity service answered {status} ({error ?? "no error code"}) to {_credentialName}."
            : $"{_credentialName} failed ({error ?? "no answer from the identity service"}).";
        return new AccessTokenException(status, error, message, exception);
    }

    private static (int Status, string? Error) FindServiceAnswer(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case MsalServiceException service when service.StatusCode > 0:
                    return (service.StatusCode, string.IsNullOrEmpty(service.ErrorCode) ? null : service.ErrorCode);
                case RequestFailedException request when request.Status > 0:
                    return (request.Status, string.IsNullOrEmpty(request.ErrorCode) ? null : request.ErrorCode);
                default:
                    break;
            }
        }

        return (0, null);
    }
}
