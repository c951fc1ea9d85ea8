namespace CooperationBot.Protocol.Authentication;

/// <summary>The signing keys fetched at one moment, by key id (ordinal).</summary>
internal sealed record ChannelKeySet(IReadOnlyDictionary<string, ChannelSigningKey> Keys, DateTimeOffset FetchedAt);
