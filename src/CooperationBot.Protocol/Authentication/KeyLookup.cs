namespace CooperationBot.Protocol.Authentication;

/// <summary>The signing key for a key id, or the failure reason when there is none.</summary>
internal readonly record struct KeyLookup(ChannelSigningKey? Key, string? FailureReason)
{
    public static KeyLookup Found(ChannelSigningKey key) => new(key, null);

    public static KeyLookup Unknown { get; } = new(null, ChannelAuthFailures.UnknownKey);

    public static KeyLookup Unavailable { get; } = new(null, ChannelAuthFailures.KeysUnavailable);
}
