using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The horizontal alignment of an element.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    [JsonStringEnumMemberName("left")]
    Left,

    [JsonStringEnumMemberName("center")]
    Center,

    [JsonStringEnumMemberName("right")]
    Right,
}
