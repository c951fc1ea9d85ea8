using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The colour of text (schema: Colors).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("dark")]
    Dark,

    [JsonStringEnumMemberName("light")]
    Light,

    [JsonStringEnumMemberName("accent")]
    Accent,

    [JsonStringEnumMemberName("good")]
    Good,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("attention")]
    Attention,
}
