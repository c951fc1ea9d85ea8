using Microsoft.Extensions.Logging;

namespace CooperationBot.Protocol.Authentication;

/// <summary>Log messages of inbound authentication. They carry reasons and counts, never tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Channel request rejected: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Channel signing keys refreshed: {KeyCount} keys, {SkippedCount} entries skipped")]
    public static partial void KeysRefreshed(ILogger logger, int keyCount, int skippedCount);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Channel signing keys could not be refreshed; {State}")]
    public static partial void KeyRefreshFailed(ILogger logger, string state, Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Unknown signing key id; refreshing the key set")]
    public static partial void UnknownKeyRefresh(ILogger logger);
}
