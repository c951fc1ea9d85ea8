using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>Log messages of digest delivery: subscriber ids, dates, statuses; never a token or the message's text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6301, Level = LogLevel.Information, Message = "Digest for {SubscriberId} on {DigestDate} sent as activity {ActivityId} (attempt {Attempt})")]
    public static partial void DigestSent(ILogger logger, string subscriberId, DateOnly digestDate, string? activityId, int attempt);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Information, Message = "Created the personal chat {ConversationId} for {SubscriberId}")]
    public static partial void PersonalChatCreated(ILogger logger, string subscriberId, string conversationId);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Warning, Message = "Digest for {SubscriberId} on {DigestDate} not sent ({Status}, attempt {Attempt}); next attempt at {NextAttemptAt}")]
    public static partial void DigestRescheduled(ILogger logger, string subscriberId, DateOnly digestDate, int status, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 6304, Level = LogLevel.Warning, Message = "Conversation of {SubscriberId} is gone ({Status}); the digest on {DigestDate} is not sent")]
    public static partial void ConversationGone(ILogger logger, string subscriberId, DateOnly digestDate, int status);

    [LoggerMessage(EventId = 6305, Level = LogLevel.Error, Message = "Digest for {SubscriberId} on {DigestDate} failed ({Status}): {Reason}")]
    public static partial void DigestFailed(ILogger logger, string subscriberId, DateOnly digestDate, int status, string? reason);

    [LoggerMessage(EventId = 6310, Level = LogLevel.Information, Message = "Digest delivery run: {Sent} sent, {Retried} to retry, {Parked} parked, {Failed} failed in {ElapsedMs:0} ms")]
    public static partial void DeliveryRun(ILogger logger, int sent, int retried, int parked, int failed, double elapsedMs);

    [LoggerMessage(EventId = 6312, Level = LogLevel.Error, Message = "Sending a digest failed unexpectedly; the entry is marked failed")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6313, Level = LogLevel.Information, Message = "Send budget shared by {Instances} live instance(s): this one sends at most {Share} a second of the bot's {Budget}")]
    public static partial void BudgetShared(ILogger logger, int instances, int share, int budget);

    [LoggerMessage(EventId = 6314, Level = LogLevel.Warning, Message = "Recording this instance's heartbeat failed; its share of the send budget stays as it was")]
    public static partial void HeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6315, Level = LogLevel.Warning, Message = "Leaving the live instances failed; the others see this one gone after the live window")]
    public static partial void LeaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6316, Level = LogLevel.Information, Message = "{Others} other instance(s) deliver digests: this one waits until they have lowered their shares (at most {Seconds:0.#} s) before it sends")]
    public static partial void JoiningLiveInstances(ILogger logger, int others, double seconds);

    [LoggerMessage(EventId = 6317, Level = LogLevel.Information, Message = "{Lagging} other instance(s) did not count this one within {Seconds:0.#} s (between passes, or gone): this one sends; they count it at their next heartbeat, before they send again")]
    public static partial void JoinedWithoutAllCounts(ILogger logger, int lagging, double seconds);
}
