using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The font weight of text (schema: FontWeight).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("lighter")]
    Lighter,

    [JsonStringEnumMemberName("bolder")]
    Bolder,
}
