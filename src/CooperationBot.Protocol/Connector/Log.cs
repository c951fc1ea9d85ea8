using Microsoft.Extensions.Logging;

namespace CooperationBot.Protocol.Connector;

/// <summary>Log messages of the connector area. They name hosts, statuses and codes; never a token, secret or text.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Connector answered {StatusCode} for {Method} on {Host}; retry {Attempt} in {Delay}")]
    public static partial void RetryingConnectorCall(ILogger logger, int statusCode, string method, string host, int attempt, TimeSpan delay);

    [LoggerMessage(1002, LogLevel.Warning, "Connector call {Method} on {Host} failed with {StatusCode} ({ErrorCode})")]
    public static partial void ConnectorCallFailed(ILogger logger, string method, string host, int statusCode, string? errorCode);

    [LoggerMessage(1003, LogLevel.Warning, "Connector on {Host} answered a redirect ({StatusCode}); not followed")]
    public static partial void RedirectNotFollowed(ILogger logger, string host, int statusCode);

    [LoggerMessage(1004, LogLevel.Error, "Refused to send the bot token to untrusted serviceUrl host {Host} ({Scheme})")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host, string scheme);

    [LoggerMessage(1005, LogLevel.Debug, "Connector call {Method} on {Host} succeeded with {StatusCode}")]
    public static partial void ConnectorCallSucceeded(ILogger logger, string method, string host, int statusCode);

    [LoggerMessage(1101, LogLevel.Information, "Connector token from {Credential} for app {AppId}, valid for {Lifetime}")]
    public static partial void CredentialTokenAcquired(ILogger logger, string credential, string appId, TimeSpan lifetime);

    [LoggerMessage(1102, LogLevel.Error, "No connector token from {Credential} for app {AppId}: {StatusCode} ({ErrorCode})")]
    public static partial void CredentialTokenFailed(ILogger logger, string credential, string appId, int statusCode, string? errorCode);
}
