using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The style of a text block: <c>heading</c> marks it as a heading for screen readers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("heading")]
    Heading,
}
