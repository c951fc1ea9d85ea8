using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Identity.Client;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// One token from an Azure.Identity <see cref="TokenCredential"/> for one scope, with how long it is valid. A failure
/// becomes an <see cref="AccessTokenException"/> carrying only the identity service's status and OAuth error code: the
/// credential's own messages may name endpoints and headers, and never go out. The token is never put in a message.
/// </summary>
public static class CredentialToken
{
    /// <summary>Asks <paramref name="credential"/> for a token for <paramref name="scope"/>.</summary>
    /// <exception cref="AccessTokenException">No token, or an empty or expired one.</exception>
    public static async Task<(string Token, TimeSpan ValidFor)> RequestAsync(
        TokenCredential credential, string scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var name = credential.GetType().Name;
        AccessToken token;
        try
        {
            token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AuthenticationFailedException or RequestFailedException or MsalException)
        {
            var (status, error) = FindServiceAnswer(exception);
            error ??= exception is CredentialUnavailableException ? "unavailable" : null;
            var message = status > 0
                ? $"The identity service answered {status} ({error ?? "no error code"}) to {name}."
                : $"{name} failed ({error ?? "no answer from the identity service"}).";
            throw new AccessTokenException(status, error, message, exception);
        }

        // The credential dates its token on the system clock, so its lifetime is measured on that clock too.
        var validFor = token.ExpiresOn - TimeProvider.System.GetUtcNow();
        if (string.IsNullOrEmpty(token.Token) || validFor <= TimeSpan.Zero)
        {
            throw new AccessTokenException(0, "invalid_response", $"The token {name} gave is empty or expired.");
        }

        return (token.Token, validFor);
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
