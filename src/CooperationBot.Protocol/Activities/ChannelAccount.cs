using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.Protocol;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The Entra object id of a Teams user.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
