using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The font size of text (schema: FontSize).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("small")]
    Small,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("large")]
    Large,

    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,
}
