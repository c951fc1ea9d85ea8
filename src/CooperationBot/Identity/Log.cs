namespace CooperationBot.Host.Identity;

/// <summary>Log messages of the bot's identity: which credential and app id, never a token or a secret.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Connector token from {Credential} for app {AppId}, valid for {ValidFor}")]
    public static partial void TokenAcquired(ILogger logger, string credential, string appId, TimeSpan validFor);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "No connector token from {Credential} for app {AppId}: {Reason} ({ExceptionType})")]
    public static partial void TokenRequestFailed(ILogger logger, string credential, string appId, string reason, string exceptionType);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Outbound connector tokens from {Credential} for app {AppId} ({AppType})")]
    public static partial void CredentialChosen(ILogger logger, string credential, string appId, string appType);
}
