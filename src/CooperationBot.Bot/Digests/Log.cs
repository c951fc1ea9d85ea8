using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Digests;

internal static partial class Log
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "Remembering conversation {ConversationType} for proactive messages failed")]
    public static partial void RememberConversationFailed(ILogger logger, Exception exception, string? conversationType);

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "The bot was removed from a {ConversationType} conversation; {Parked} digest subscriptions parked")]
    public static partial void ConversationRemoved(ILogger logger, string? conversationType, int parked);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "Digest subscription {Change}: {Days} at {Time} {TimeZone}")]
    public static partial void SubscriptionChanged(ILogger logger, string change, DigestDays days, TimeOnly time, string timeZone);

    [LoggerMessage(EventId = 603, Level = LogLevel.Information, Message = "Digests scheduled: {Enqueued} new outbox entries for {Date} ({Skipped} without changes and no message wanted)")]
    public static partial void DigestsEnqueued(ILogger logger, int enqueued, string date, int skipped);

    [LoggerMessage(EventId = 604, Level = LogLevel.Information, Message = "Digest delivery run: {Sent} sent, {Retried} to retry, {Parked} parked, {Failed} failed in {ElapsedMs:0} ms")]
    public static partial void DeliveryRun(ILogger logger, int sent, int retried, int parked, int failed, double elapsedMs);

    [LoggerMessage(EventId = 605, Level = LogLevel.Error, Message = "The digest scheduler's run failed; it tries again at the next wake-up")]
    public static partial void SchedulerRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 606, Level = LogLevel.Information, Message = "Digest scheduler started; next wake-up {NextWakeUp:O}")]
    public static partial void SchedulerStarted(ILogger logger, DateTimeOffset nextWakeUp);

    [LoggerMessage(EventId = 607, Level = LogLevel.Warning, Message = "A digest could not be sent ({State}, status {Status}): {Reason}")]
    public static partial void DigestNotSent(ILogger logger, OutboxState state, int? status, string? reason);

    [LoggerMessage(EventId = 608, Level = LogLevel.Error, Message = "Sending a digest failed unexpectedly; the entry is marked failed")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception);
}
