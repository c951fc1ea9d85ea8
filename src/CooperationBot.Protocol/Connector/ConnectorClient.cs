using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using CooperationBot.Protocol.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Span = System.Diagnostics.Activity;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// The bot's REST client for the channel's connector (<c>serviceUrl</c>): replies, sends, updates and
/// creates conversations. With a token provider the bot's token goes only to serviceUrls that
/// <see cref="ServiceUrlPolicy"/> trusts; without one (development mode) no token is ever sent and any http
/// or https serviceUrl is allowed. Throttling (429) and transient failures (412, 502, 503, 504) are retried
/// with bounded waits; every other failure, and every redirect, is a <see cref="ConnectorException"/>.
/// Build the <see cref="HttpClient"/> on <see cref="ConnectorHttpHandler.CreatePrimaryHandler"/>.
/// </summary>
public sealed class ConnectorClient
{
    private readonly HttpClient _httpClient;
    private readonly IAccessTokenProvider? _tokenProvider;
    private readonly ConnectorOptions _options;
    private readonly ServiceUrlPolicy _serviceUrlPolicy;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ProtocolMetrics? _metrics;

    /// <param name="httpClient">A client built on <see cref="ConnectorHttpHandler.CreatePrimaryHandler"/>.</param>
    /// <param name="tokenProvider">The bot's token source; null means development mode (no token at all).</param>
    /// <param name="options">Allowlist and retry settings.</param>
    /// <param name="timeProvider">The clock the retry waits run on.</param>
    /// <param name="logger">Where failures and retries are logged.</param>
    /// <param name="serviceUrlPolicy">The allowlist check; by default built from <paramref name="options"/>.</param>
    /// <param name="metrics">Where each HTTP call is counted and timed; null records nothing.</param>
    public ConnectorClient(
        HttpClient httpClient,
        IAccessTokenProvider? tokenProvider,
        IOptions<ConnectorOptions> options,
        TimeProvider timeProvider,
        ILogger<ConnectorClient> logger,
        ServiceUrlPolicy? serviceUrlPolicy = null,
        ProtocolMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClient = httpClient;
        _tokenProvider = tokenProvider;
        _options = options.Value;
        _serviceUrlPolicy = serviceUrlPolicy ?? new ServiceUrlPolicy(options);
        _timeProvider = timeProvider;
        _logger = logger;
        _metrics = metrics;
    }

    /// <summary>True when no token provider is set: no token is sent and any http/https serviceUrl is allowed.</summary>
    public bool IsDevelopmentMode => _tokenProvider is null;

    /// <summary>Posts <paramref name="activity"/> as a reply to <paramref name="replyToId"/>.</summary>
    /// <returns>The new activity's id, or null when the connector accepted it without one (202).</returns>
    public Task<ResourceResponse?> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(replyToId);
        return SendAsync<ResourceResponse>(
            ConnectorOperations.Reply, HttpMethod.Post, serviceUrl, ActivitiesPath(conversationId) + "/" + Uri.EscapeDataString(replyToId), activity, cancellationToken);
    }

    /// <summary>Posts <paramref name="activity"/> to the end of the conversation.</summary>
    /// <returns>The new activity's id, or null when the connector accepted it without one (202).</returns>
    public Task<ResourceResponse?> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(ConnectorOperations.Send, HttpMethod.Post, serviceUrl, ActivitiesPath(conversationId), activity, cancellationToken);

    /// <summary>Replaces the activity <paramref name="activityId"/> (e.g. a card) with <paramref name="activity"/>.</summary>
    public Task<ResourceResponse?> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendAsync<ResourceResponse>(
            ConnectorOperations.Update,
            HttpMethod.Put, serviceUrl, ActivitiesPath(conversationId) + "/" + Uri.EscapeDataString(activityId), activity, cancellationToken);
    }

    /// <summary>Creates a conversation, e.g. a 1:1 chat for a proactive message (<see cref="ConversationParameters.ForPersonalChat"/>).</summary>
    /// <returns>The connector's answer; its <c>Id</c> is null only when the connector sent an empty body.</returns>
    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendAsync<ConversationResourceResponse>(
            ConnectorOperations.CreateConversation, HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken)
            .ConfigureAwait(false)
        ?? new ConversationResourceResponse();

    private static string ActivitiesPath(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
    }

    private async Task<TResponse?> SendAsync<TResponse>(
        string operation, HttpMethod method, string serviceUrl, string relativePath, object body, CancellationToken cancellationToken)
        where TResponse : class
    {
        using var span = ProtocolTracing.Source.StartActivity(ProtocolTracing.ConnectorCall, ActivityKind.Client);
        span?.SetTag(ProtocolMetrics.OperationTag, operation);
        try
        {
            return await SendWithRetriesAsync<TResponse>(operation, method, serviceUrl, relativePath, body, span, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (span is not null)
        {
            span.SetTag(ProtocolMetrics.ErrorTypeTag, exception.GetType().Name);
            span.SetStatus(ActivityStatusCode.Error);
            throw;
        }
    }

    private async Task<TResponse?> SendWithRetriesAsync<TResponse>(
        string operation, HttpMethod method, string serviceUrl, string relativePath, object body, Span? span, CancellationToken cancellationToken)
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(body);
        var requestUri = new Uri(ResolveBaseUri(serviceUrl), relativePath);
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, requestUri) { Content = new ByteArrayContent(payload) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (_tokenProvider is not null)
            {
                var token = await _tokenProvider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var (response, text) = await CallAsync(operation, request, cancellationToken).ConfigureAwait(false);
            using var answered = response;
            var status = (int)response.StatusCode;
            span?.SetTag(ProtocolMetrics.StatusCodeTag, status);
            if (status is >= 300 and < 400 || (response.RequestMessage?.RequestUri is { } answeredUri && answeredUri != requestUri))
            {
                // Either the handler was built right and hands us the 3xx, or it followed one: both are refused.
                Log.RedirectNotFollowed(_logger, requestUri.Host, status);
                throw new ConnectorException(status, null, $"The connector on {requestUri.Host} answered a redirect ({status}); redirects are not followed.");
            }

            if (response.IsSuccessStatusCode)
            {
                Log.ConnectorCallSucceeded(_logger, method.Method, requestUri.Host, status);
                return Deserialize<TResponse>(text);
            }

            if (!RetryDelay.IsRetryable(status) || attempt >= _options.MaxRetries)
            {
                var errorCode = JsonBody.ReadString(text, "error", "code");
                Log.ConnectorCallFailed(_logger, method.Method, requestUri.Host, status, errorCode);
                var retries = attempt == 0 ? "" : $" after {attempt} retries";
                throw new ConnectorException(status, errorCode, $"The connector on {requestUri.Host} answered {status} ({errorCode ?? "no error code"}){retries}.")
                {
                    RetryAfter = RetryDelay.FromRetryAfter(response.Headers.RetryAfter, _timeProvider.GetUtcNow()),
                };
            }

            var delay = RetryDelay.Compute(
                response.Headers.RetryAfter, attempt, _options.BaseRetryDelay, _options.MaxRetryAfter, _timeProvider.GetUtcNow());
            Log.RetryingConnectorCall(_logger, status, method.Method, requestUri.Host, attempt + 1, delay);
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One HTTP exchange, counted and timed: the answer with its body read, or the exception.</summary>
    private async Task<(HttpResponseMessage Response, string Text)> CallAsync(
        string operation, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            _metrics?.ConnectorCall(operation, status, response.IsSuccessStatusCode ? null : status.ToString(System.Globalization.CultureInfo.InvariantCulture), _timeProvider.GetElapsedTime(started));
            return (response, text);
        }
        catch (Exception exception)
        {
            _metrics?.ConnectorCall(operation, response is null ? null : (int)response.StatusCode, exception.GetType().Name, _timeProvider.GetElapsedTime(started));
            response?.Dispose();
            throw;
        }
    }

    private Uri ResolveBaseUri(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new UntrustedServiceUrlException("The serviceUrl is not an absolute http or https URL.");
        }

        if (_tokenProvider is not null && !_serviceUrlPolicy.IsTrusted(uri))
        {
            Log.UntrustedServiceUrl(_logger, uri.Host, uri.Scheme);
            throw new UntrustedServiceUrlException(
                $"The bot's token is not sent to {uri.Scheme}://{uri.Host}: the serviceUrl is not an allowed https connector host.");
        }

        var basePath = uri.GetLeftPart(UriPartial.Path);
        return new Uri(basePath.EndsWith('/') ? basePath : basePath + "/", UriKind.Absolute);
    }

    private static TResponse? Deserialize<TResponse>(string text)
        where TResponse : class
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TResponse>(text, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            // The activity was accepted; an unreadable answer only costs us its id.
            return null;
        }
    }
}
