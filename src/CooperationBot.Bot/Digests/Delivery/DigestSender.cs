using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>
/// Delivers one digest message from the outbox: addresses the stored activity to the subscriber's conversation
/// (creating a personal chat first when there is none yet), tags it with its digest key, posts it and says what
/// the outbox should do next. The connector client has already retried 429 and 412/502/503/504 a few times; what
/// still fails here is rescheduled with a longer, bounded backoff, parked (403/404) or failed.
/// </summary>
public sealed class DigestSender
{
    /// <summary>The <c>channelData</c> property that carries <see cref="DigestKey"/>.</summary>
    public const string DigestKeyProperty = "digestKey";

    private readonly ConnectorClient _connector;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly DigestDeliveryOptions _options;

    public DigestSender(ConnectorClient connector, TimeProvider timeProvider, ILogger<DigestSender> logger, DigestDeliveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _connector = connector;
        _timeProvider = timeProvider;
        _logger = logger;
        _options = options ?? new DigestDeliveryOptions();
    }

    /// <summary>The key of one subscriber's digest of one day: <c>{subscriberId}|{yyyy-MM-dd}</c>.</summary>
    public static string DigestKey(string subscriberId, DateOnly digestDate) =>
        subscriberId + "|" + digestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Posts <paramref name="entry"/>'s activity into <paramref name="target"/>. Never throws for a connector
    /// failure; throws <see cref="OperationCanceledException"/> only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async Task<DigestSendResult> SendAsync(OutboxEntry entry, ConversationReference target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(target);
        var result = await TrySendAsync(entry, target, cancellationToken).ConfigureAwait(false);
        LogResult(entry, result);
        return result;
    }

    private async Task<DigestSendResult> TrySendAsync(OutboxEntry entry, ConversationReference target, CancellationToken cancellationToken)
    {
        var activity = ReadActivity(entry.ActivityJson);
        if (activity is null)
        {
            return DigestSendResult.Failed(0, "The stored digest activity is not a readable activity.");
        }

        string? created = null;
        try
        {
            var conversationId = target.ConversationId;
            if (string.IsNullOrEmpty(conversationId))
            {
                if (!target.IsPersonal || string.IsNullOrEmpty(target.BotId) || string.IsNullOrEmpty(target.UserId) || string.IsNullOrEmpty(target.TenantId))
                {
                    return DigestSendResult.Failed(0, "No conversation to post into, and no bot, user and tenant to create a personal chat with.");
                }

                var parameters = ConversationParameters.ForPersonalChat(target.BotId, target.UserId, target.TenantId);
                var conversation = await _connector.CreateConversationAsync(target.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false);
                if (string.IsNullOrEmpty(conversation.Id))
                {
                    return DigestSendResult.Failed(0, "The connector created the personal chat but sent no conversation id.");
                }

                created = conversationId = conversation.Id;
                Log.PersonalChatCreated(_logger, entry.SubscriberId, created);
            }

            Address(activity, target, conversationId, DigestKey(entry.SubscriberId, entry.DigestDate));
            var response = await _connector.SendToConversationAsync(target.ServiceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
            return DigestSendResult.Sent(response?.Id, created);
        }
        catch (ConnectorException error) when (error.IsConversationGone)
        {
            return DigestSendResult.ConversationGone(error.StatusCode, error.Message, created);
        }
        catch (ConnectorException error) when (error.StatusCode is 429 or 412 or 500 or 502 or 503 or 504)
        {
            return Retry(entry, error.StatusCode, error.Message, error.RetryAfter, created);
        }
        catch (ConnectorException error)
        {
            return DigestSendResult.Failed(error.StatusCode, error.Message, created);
        }
        catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            // Nothing reached the connector: safe to try again.
            return Retry(entry, 0, $"The connector could not be reached ({error.HttpRequestError}).", null, created);
        }
        catch (HttpRequestException error)
        {
            return DigestSendResult.InDoubt(0, $"The connection broke during the call ({error.HttpRequestError}); the message may have arrived, so it is not sent again.", created);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DigestSendResult.InDoubt(0, "The connector did not answer in time; the message may have arrived, so it is not sent again.", created);
        }
        catch (UntrustedServiceUrlException error)
        {
            return DigestSendResult.Failed(0, error.Message, created);
        }
    }

    private DigestSendResult Retry(OutboxEntry entry, int status, string reason, TimeSpan? retryAfter, string? created)
    {
        if (entry.Attempts >= _options.MaxAttempts)
        {
            return DigestSendResult.Failed(status, $"Gave up after {entry.Attempts} attempts: {reason}", created);
        }

        var delay = DigestRetryDelay.Compute(entry.Attempts, retryAfter, _options);
        return DigestSendResult.RetryAt(_timeProvider.GetUtcNow() + delay, status, reason, created);
    }

    private static Activity? ReadActivity(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Points the activity at the conversation as the bot, with the digest key in <c>channelData</c> (other
    /// channelData kept, the tenant added when missing). No id, timestamp, reply id or serviceUrl go out.
    /// </summary>
    private static void Address(Activity activity, ConversationReference target, string conversationId, string digestKey)
    {
        activity.Conversation = new ConversationAccount { Id = conversationId, ConversationType = target.ConversationType, TenantId = target.TenantId };
        activity.ChannelId = target.ChannelId;
        activity.From = target.BotId is null ? activity.From : new ChannelAccount { Id = target.BotId };
        activity.Locale ??= target.Locale;
        activity.Id = null;
        activity.Timestamp = null;
        activity.LocalTimestamp = null;
        activity.ReplyToId = null;
        activity.ServiceUrl = null;
        var channelData = activity.ChannelData as JsonObject ?? [];
        channelData[DigestKeyProperty] = digestKey;
        if (target.TenantId is not null && channelData["tenant"] is null)
        {
            channelData["tenant"] = new JsonObject { ["id"] = target.TenantId };
        }

        activity.ChannelData = channelData;
    }

    private void LogResult(OutboxEntry entry, DigestSendResult result)
    {
        switch (result.Outcome)
        {
            case DigestSendOutcome.Sent:
                Log.DigestSent(_logger, entry.SubscriberId, entry.DigestDate, result.ActivityId, entry.Attempts);
                break;
            case DigestSendOutcome.RetryAt:
                Log.DigestRescheduled(_logger, entry.SubscriberId, entry.DigestDate, result.Status, entry.Attempts, result.NextAttemptAt!.Value);
                break;
            case DigestSendOutcome.ConversationGone:
                Log.ConversationGone(_logger, entry.SubscriberId, entry.DigestDate, result.Status);
                break;
            default:
                Log.DigestFailed(_logger, entry.SubscriberId, entry.DigestDate, result.Status, result.Reason);
                break;
        }
    }
}
