namespace CooperationBot.Protocol.Authentication;

/// <summary>Short, stable classes of authentication failures, for metrics (the reasons are sentences).</summary>
public static class AuthFailureClass
{
    /// <summary>The class of a request whose tenant is not on the allowlist.</summary>
    public const string TenantNotAllowed = "tenant_not_allowed";

    private static readonly Dictionary<string, string> Classes = new(StringComparer.Ordinal)
    {
        [ChannelAuthFailures.NotConfigured] = "not_configured",
        [ChannelAuthFailures.MissingHeader] = "missing_header",
        [ChannelAuthFailures.MalformedHeader] = "malformed_header",
        [ChannelAuthFailures.MalformedToken] = "malformed_token",
        [ChannelAuthFailures.AlgorithmNotAllowed] = "algorithm",
        [ChannelAuthFailures.MissingKeyId] = "missing_key_id",
        [ChannelAuthFailures.KeysUnavailable] = "keys_unavailable",
        [ChannelAuthFailures.UnknownKey] = "unknown_key",
        [ChannelAuthFailures.KeyNotEndorsed] = "not_endorsed",
        [ChannelAuthFailures.MissingChannelId] = "missing_channel_id",
        [ChannelAuthFailures.ChannelNotAllowed] = "channel_not_allowed",
        [ChannelAuthFailures.MissingServiceUrl] = "missing_service_url",
        [ChannelAuthFailures.InvalidSignature] = "signature",
        [ChannelAuthFailures.InvalidIssuer] = "issuer",
        [ChannelAuthFailures.InvalidAudience] = "audience",
        [ChannelAuthFailures.InvalidLifetime] = "lifetime",
        [ChannelAuthFailures.InvalidToken] = "invalid_token",
        [ChannelAuthFailures.ServiceUrlMismatch] = "service_url_mismatch",
    };

    /// <summary>The class of one of the <see cref="ChannelAuthFailures"/> reasons; <c>other</c> for any other text.</summary>
    public static string Of(string? reason) =>
        reason is not null && Classes.TryGetValue(reason, out var value) ? value : "other";
}
