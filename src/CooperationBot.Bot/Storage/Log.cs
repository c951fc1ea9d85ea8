using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Storage;

/// <summary>Log messages of the store's sign-in: which credential and role, never a token or a password.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug, Message = "PostgreSQL password for role {Role} from {Credential}: a token valid for {ValidFor}")]
    public static partial void StoreTokenAcquired(ILogger logger, string credential, string role, TimeSpan validFor);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "No PostgreSQL password for role {Role} from {Credential}: {StatusCode} ({ErrorCode})")]
    public static partial void StoreTokenFailed(ILogger logger, string credential, string role, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "PostgreSQL password for role {Role} from {Credential}: a token valid for only {ValidFor}, not longer than the refresh interval {RefreshInterval}")]
    public static partial void StoreTokenShortLived(ILogger logger, string credential, string role, TimeSpan validFor, TimeSpan refreshInterval);
}
