using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The style of an action button.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("positive")]
    Positive,

    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
