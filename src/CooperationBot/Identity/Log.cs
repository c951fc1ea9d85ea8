namespace CooperationBot.Host.Identity;

/// <summary>Log messages of the bot's identity: which credential and app id, never a token or a secret.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Outbound connector tokens from {Credential} for app {AppId} ({AppType})")]
    public static partial void CredentialChosen(ILogger logger, string credential, string appId, string appType);
}
