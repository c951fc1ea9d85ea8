namespace CooperationBot.Protocol.Authentication;

/// <summary>The failure reasons <see cref="IChannelTokenValidator"/> reports. None of them contains token content.</summary>
public static class ChannelAuthFailures
{
    public const string NotConfigured = "Authentication is not configured (no MicrosoftAppId).";
    public const string MissingHeader = "Authorization header missing.";
    public const string MalformedHeader = "Authorization header is not 'Bearer <token>'.";
    public const string MalformedToken = "Token is not a well-formed signed JWT.";
    public const string AlgorithmNotAllowed = "Token algorithm is not allowed.";
    public const string MissingKeyId = "Token has no key id.";
    public const string KeysUnavailable = "Signing keys could not be retrieved.";
    public const string UnknownKey = "Token key id is not in the key set.";
    public const string KeyNotEndorsed = "Signing key has no endorsement for the channel.";
    public const string MissingChannelId = "Activity has no channelId.";
    public const string ChannelNotAllowed = "Channel is not allowed.";
    public const string MissingServiceUrl = "Activity has no serviceUrl.";
    public const string InvalidSignature = "Token signature is invalid.";
    public const string InvalidIssuer = "Token issuer is not accepted.";
    public const string InvalidAudience = "Token audience is not accepted.";
    public const string InvalidLifetime = "Token is expired or not yet valid.";
    public const string InvalidToken = "Token is invalid.";
    public const string ServiceUrlMismatch = "Token serviceurl claim is missing or does not match the activity.";
}
