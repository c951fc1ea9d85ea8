using Microsoft.Extensions.Logging;

namespace CooperationBot.Protocol.Processing;

internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Rejected request: {Status} {Reason}")]
    public static partial void RequestRejected(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Authentication failed for channel {ChannelId}: {Reason}")]
    public static partial void AuthenticationFailed(ILogger logger, string? channelId, string? reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Tenant {TenantId} is not on the allowlist")]
    public static partial void TenantRejected(ILogger logger, string? tenantId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Replayed activity {ActivityType} {ActivityId} ignored")]
    public static partial void ReplayIgnored(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "Handler failed for {ActivityType} {InvokeName}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string? activityType, string? invokeName);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Turn for {ActivityType} {InvokeName} exceeded the ack budget of {Budget}; answered early")]
    public static partial void AckBudgetExceeded(ILogger logger, string? activityType, string? invokeName, TimeSpan budget);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Could not send the error notice for {ActivityType}")]
    public static partial void ErrorNoticeFailed(ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(EventId = 107, Level = LogLevel.Debug, Message = "Handled {ActivityType} {InvokeName} in {ElapsedMs} ms with {Replies} replies")]
    public static partial void TurnHandled(ILogger logger, string? activityType, string? invokeName, double elapsedMs, int replies);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "Connector kept answering 429 for {ActivityType} in conversation {ConversationId}; no error notice sent")]
    public static partial void ThrottledNoNotice(ILogger logger, string? activityType, string? conversationId);
}
