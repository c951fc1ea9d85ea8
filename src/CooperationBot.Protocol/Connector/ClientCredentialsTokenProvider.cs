using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// Gets the bot's connector token with the OAuth client-credentials grant, held in an <see cref="AccessTokenCache"/>:
/// refreshed five minutes before it runs out, one acquisition at a time.
/// Give it an <see cref="HttpClient"/> built on <see cref="ConnectorHttpHandler.CreatePrimaryHandler"/>.
/// </summary>
public sealed class ClientCredentialsTokenProvider : IAccessTokenProvider
{
    private readonly HttpClient _httpClient;
    private readonly ClientCredentialsOptions _options;
    private readonly Uri _tokenEndpoint;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly AccessTokenCache _cache;

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

        _httpClient = httpClient;
        _options = options.Value;
        _tokenEndpoint = new Uri(_options.TokenEndpoint, UriKind.Absolute);
        _timeProvider = timeProvider;
        _logger = logger;
        _cache = new AccessTokenCache(timeProvider);
    }

    /// <inheritdoc />
    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) => _cache.GetAsync(RequestTokenAsync, cancellationToken);

    private async Task<(string Token, DateTimeOffset ExpiresAt)> RequestTokenAsync(CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _options.AppId),
            new("client_secret", _options.AppPassword),
            new("scope", ClientCredentialsOptions.Scope),
        ]);
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenEndpoint) { Content = content };

        var requestedAt = _timeProvider.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            Log.TokenRequestFailed(_logger, _options.AppId, _tokenEndpoint.Host, 0, null);
            throw new AccessTokenException($"The token endpoint on {_tokenEndpoint.Host} could not be reached.", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var error = JsonBody.ReadString(body, "error");
                Log.TokenRequestFailed(_logger, _options.AppId, _tokenEndpoint.Host, status, error);
                throw new AccessTokenException(status, error, $"The token endpoint answered {status} ({error ?? "no error code"}).");
            }

            var token = JsonBody.ReadString(body, "access_token");
            var lifetime = ReadLifetime(body);
            if (string.IsNullOrEmpty(token) || lifetime is not { } validFor || validFor <= TimeSpan.Zero)
            {
                Log.TokenRequestFailed(_logger, _options.AppId, _tokenEndpoint.Host, status, "invalid_response");
                throw new AccessTokenException(status, "invalid_response", "The token endpoint's answer has no usable access_token and expires_in.");
            }

            Log.TokenAcquired(_logger, _options.AppId, validFor);
            return (token, requestedAt + validFor);
        }
    }

    private static TimeSpan? ReadLifetime(string json)
    {
        // expires_in is a number of seconds; some endpoints send it as a string.
        long? seconds = JsonBody.Read(json, "expires_in") switch
        {
            { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var value) => value,
            { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
            _ => null,
        };
        return seconds is { } count ? TimeSpan.FromSeconds(count) : null;
    }

}
