using Microsoft.IdentityModel.Tokens;

namespace CooperationBot.Protocol.Authentication;

/// <summary>A signing key from the channel's key set with the channels it is endorsed for.</summary>
internal sealed record ChannelSigningKey(string KeyId, SecurityKey SecurityKey, IReadOnlyList<string> Endorsements)
{
    public bool IsEndorsedFor(string channelId) => Endorsements.Contains(channelId, StringComparer.Ordinal);
}
