using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.Protocol;

/// <summary>
/// Metadata attached to an activity. The properties of a <c>mention</c> entity are typed; every other
/// property is kept in <see cref="Properties"/>.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";

    public string? Type { get; set; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>For a mention: the mention's markup in the text, e.g. <c>&lt;at&gt;Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
