using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The space between an element and the one before it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("none")]
    None,

    [JsonStringEnumMemberName("small")]
    Small,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("large")]
    Large,

    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,

    [JsonStringEnumMemberName("padding")]
    Padding,
}
