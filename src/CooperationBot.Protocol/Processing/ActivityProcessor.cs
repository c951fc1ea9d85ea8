using System.Diagnostics;
using System.Security.Claims;
using CooperationBot.Protocol.Authentication;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Invoke;
using CooperationBot.Protocol.Routing;
using CooperationBot.Protocol.Teams;
using CooperationBot.Protocol.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Span = System.Diagnostics.Activity;

namespace CooperationBot.Protocol.Processing;

/// <summary>
/// Handles one request to the messaging endpoint, free of any web framework: media type, size limit, parsing,
/// channel authentication, tenant allowlist, replay protection, routing, and the answer
/// (an invoke's response, the <c>expectReplies</c> body, or a plain acknowledgement).
/// </summary>
public sealed class ActivityProcessor
{
    // Long enough for a reply to wait out throttling (Retry-After up to ConnectorOptions.MaxRetryAfter, a few times).
    private static readonly TimeSpan MaxTurnDuration = TimeSpan.FromMinutes(10);

    private readonly IChannelTokenValidator _validator;
    private readonly ActivityRouter _router;
    private readonly IReplySink _channelSink;
    private readonly IServiceScopeFactory _scopes;
    private readonly ActivityDeduplicator _deduplicator;
    private readonly ActivityProcessorOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ActivityProcessor> _logger;
    private readonly ProtocolMetrics? _metrics;

    public ActivityProcessor(
        IChannelTokenValidator validator,
        ActivityRouter router,
        IReplySink channelSink,
        IServiceScopeFactory scopes,
        IOptions<ActivityProcessorOptions> options,
        TimeProvider time,
        ILogger<ActivityProcessor> logger,
        ProtocolMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _validator = validator;
        _router = router;
        _channelSink = channelSink;
        _scopes = scopes;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _metrics = metrics;
        _deduplicator = new ActivityDeduplicator(time, _options.ReplayWindow);
    }

    public async Task<BotHttpResponse> ProcessAsync(BotHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var span = ProtocolTracing.Source.StartActivity(ProtocolTracing.ProcessActivity);
        var response = await ProcessCoreAsync(request, span, cancellationToken).ConfigureAwait(false);
        span?.SetTag(ProtocolMetrics.StatusCodeTag, response.StatusCode);
        if (response.StatusCode >= 400)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }

        return response;
    }

    private async Task<BotHttpResponse> ProcessCoreAsync(BotHttpRequest request, Span? span, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Reject(405, "Method Not Allowed", "Send activities with POST.");
        }

        if (ActivityRequestReader.CheckMediaType(request.ContentType) is { } mediaTypeError)
        {
            return Reject(415, "Unsupported Media Type", mediaTypeError);
        }

        var limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return Reject(413, "Payload Too Large", $"The body is larger than {limit / 1024} KB.");
        }

        var body = await ActivityRequestReader.ReadBodyAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Reject(413, "Payload Too Large", $"The body is larger than {limit / 1024} KB.");
        }

        if (!ActivityRequestReader.TryParse(body.Value, out var activity, out var parseError))
        {
            return Reject(400, "Bad Request", parseError!);
        }

        span?.SetTag(ProtocolTracing.ActivityTypeTag, activity!.Type);
        span?.SetTag(ProtocolTracing.ChannelTag, activity!.ChannelId);
        ClaimsIdentity? identity = null;
        if (_options.RequireAuthentication || request.Authorization is not null)
        {
            var auth = await _validator.ValidateAsync(request.Authorization, activity!.ChannelId, activity.ServiceUrl, cancellationToken)
                .ConfigureAwait(false);
            if (!auth.Succeeded)
            {
                Log.AuthenticationFailed(_logger, activity.ChannelId, auth.FailureReason);
                _metrics?.AuthFailure(AuthFailureClass.Of(auth.FailureReason));
                return BotHttpResponse.Problem(401, "Unauthorized", "The request's token is missing or not valid.");
            }

            identity = auth.Identity;
        }

        if (_options.AllowedTenants.Count > 0 && !IsAllowedTenant(activity!.ChannelDataTenantId))
        {
            Log.TenantRejected(_logger, activity.ChannelDataTenantId);
            _metrics?.AuthFailure(AuthFailureClass.TenantNotAllowed);
            return BotHttpResponse.Problem(401, "Unauthorized", "This tenant may not use the bot.");
        }

        if (!_deduplicator.TryRegister(activity!))
        {
            Log.ReplayIgnored(_logger, activity!.Type, activity.Id);
            return new BotHttpResponse(200);
        }

        return await RunTurnAsync(activity!, identity).ConfigureAwait(false);
    }

    private async Task<BotHttpResponse> RunTurnAsync(Activity activity, ClaimsIdentity? identity)
    {
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        var buffer = expectReplies ? new BufferedReplySink() : null;
        var started = _time.GetTimestamp();

        // The turn owns its scope and cancellation: it may outlive the HTTP request (see AckBudget).
        var turnCancellation = new CancellationTokenSource(MaxTurnDuration, _time);
        var scope = _scopes.CreateAsyncScope();
        var context = new TurnContext(activity, identity, (IReplySink?)buffer ?? _channelSink, scope.ServiceProvider);
        // A search runs on the thread pool: it works synchronously, and must not hold the request past its budget.
        var turn = IsMessageExtension(activity)
            ? Task.Run(() => HandleTurnAsync(context, turnCancellation.Token), CancellationToken.None)
            : HandleTurnAsync(context, turnCancellation.Token);
        _ = turn.ContinueWith(
            async _ =>
            {
                await scope.DisposeAsync().ConfigureAwait(false);
                turnCancellation.Dispose();
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);

        using var ackTimer = new CancellationTokenSource();
        var allowed = IsMessageExtension(activity) ? _options.MessageExtensionBudget : _options.AckBudget;
        var budget = Task.Delay(allowed, _time, ackTimer.Token);
        var finished = await Task.WhenAny(turn, budget).ConfigureAwait(false) == turn;
        await ackTimer.CancelAsync().ConfigureAwait(false);
        if (!finished)
        {
            Log.AckBudgetExceeded(_logger, activity.Type, activity.Name, allowed);
        }
        else
        {
            Log.TurnHandled(_logger, activity.Type, activity.Name, _time.GetElapsedTime(started).TotalMilliseconds, context.RepliesSent);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var answer = finished ? context.InvokeResponse ?? InvokeResponse.NotImplemented() : SlowInvokeAnswer(activity);
            return new BotHttpResponse(answer.Status, answer.Body);
        }

        return buffer is null
            ? new BotHttpResponse(200)
            : new BotHttpResponse(200, new ExpectedRepliesBody(buffer.Snapshot()));
    }

    private async Task HandleTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        try
        {
            await _router.RouteAsync(context, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failing handler must never surface as a crash or a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var activity = context.Activity;
            Log.HandlerFailed(_logger, exception, activity.Type, activity.Name);
            if (activity.Type == ActivityTypes.Invoke)
            {
                context.InvokeResponse = activity.Name switch
                {
                    AdaptiveCardAction.InvokeName => new AdaptiveCardInvokeResponse
                    {
                        StatusCode = 500,
                        Type = AdaptiveCardInvokeResponse.ErrorType,
                        Value = new InvokeError("InternalError", ProtocolTexts.SomethingWentWrong),
                    }.ToInvokeResponse(),
                    ComposeExtensionInvokes.Query or ComposeExtensionInvokes.SelectItem =>
                        ComposeExtensionResponse.Message(ProtocolTexts.SomethingWentWrong).ToInvokeResponse(),
                    _ => InvokeResponse.Ok(),
                };
            }
            else if (IsThrottled(exception))
            {
                // The conversation is throttled: a notice would be one more call into it. The failure is recorded.
                Log.ThrottledNoNotice(_logger, activity.Type, activity.Conversation?.Id);
            }
            else if (activity.Type == ActivityTypes.Message && context.RepliesSent == 0 && !IsConversationGone(exception))
            {
                await TrySendErrorNoticeAsync(context).ConfigureAwait(false);
            }
        }
    }

    private async Task TrySendErrorNoticeAsync(TurnContext context)
    {
        try
        {
            await context.SendTextAsync(ProtocolTexts.SomethingWentWrong, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Best effort: the original failure is already logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ErrorNoticeFailed(_logger, exception, context.Activity.Type);
        }
    }

    /// <summary>A 403/404 from the connector: the bot may not write there any more, so no notice follows.</summary>
    private static bool IsConversationGone(Exception exception) => exception is ConnectorException { IsConversationGone: true };

    /// <summary>A 429 from the connector after its retries: no further call goes into that conversation in this turn.</summary>
    private static bool IsThrottled(Exception exception) => exception is ConnectorException { StatusCode: 429 };

    private static InvokeResponse SlowInvokeAnswer(Activity activity) => activity.Name switch
    {
        AdaptiveCardAction.InvokeName => AdaptiveCardInvokeResponse.Message(ProtocolTexts.TooSlow).ToInvokeResponse(),
        ComposeExtensionInvokes.Query or ComposeExtensionInvokes.SelectItem => ComposeExtensionResponse.Message(ProtocolTexts.TooSlow).ToInvokeResponse(),
        _ => InvokeResponse.Ok(),
    };

    private static bool IsMessageExtension(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && activity.Name is ComposeExtensionInvokes.Query or ComposeExtensionInvokes.SelectItem;

    private bool IsAllowedTenant(string? tenantId) =>
        tenantId is not null && _options.AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase);

    private BotHttpResponse Reject(int status, string title, string detail)
    {
        Log.RequestRejected(_logger, status, title);
        return BotHttpResponse.Problem(status, title, detail);
    }
}
