using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Teams;

/// <summary>The paging of a message-extension query: skip the first <paramref name="Skip"/> results, return up to <paramref name="Count"/>.</summary>
public sealed record ComposeExtensionQueryOptions(
    [property: JsonPropertyName("skip")] int Skip,
    [property: JsonPropertyName("count")] int Count);
