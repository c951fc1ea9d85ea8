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

    [LoggerMessage(EventId = 605, Level = LogLevel.Error, Message = "The digest scheduler's run failed; it tries again at the next wake-up")]
    public static partial void SchedulerRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 606, Level = LogLevel.Information, Message = "Digest scheduler started; next wake-up {NextWakeUp:O}")]
    public static partial void SchedulerStarted(ILogger logger, DateTimeOffset nextWakeUp);

    [LoggerMessage(EventId = 609, Level = LogLevel.Information, Message = "Digest outbox: {Deleted} finished entries older than {Days} days deleted")]
    public static partial void OutboxPruned(ILogger logger, int deleted, int days);

    [LoggerMessage(EventId = 615, Level = LogLevel.Warning, Message = "The saved digest settings could not be shown in the submitted settings card")]
    public static partial void SettingsCardNotUpdated(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 620, Level = LogLevel.Information, Message = "Team event: {Reason}; {Parked} digest subscriptions of the team's channels parked")]
    public static partial void TeamParked(ILogger logger, string reason, int parked);

    [LoggerMessage(EventId = 621, Level = LogLevel.Information, Message = "Team event undone ({Reason}); {Reactivated} digest subscriptions of the team's channels active again")]
    public static partial void TeamReactivated(ILogger logger, string reason, int reactivated);
}
