using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The vertical alignment of the content of a card, container or column.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerticalContentAlignment>))]
public enum VerticalContentAlignment
{
    [JsonStringEnumMemberName("top")]
    Top,

    [JsonStringEnumMemberName("center")]
    Center,

    [JsonStringEnumMemberName("bottom")]
    Bottom,
}
