using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The size of an image.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageSize>))]
public enum ImageSize
{
    [JsonStringEnumMemberName("auto")]
    Auto,

    [JsonStringEnumMemberName("stretch")]
    Stretch,

    [JsonStringEnumMemberName("small")]
    Small,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("large")]
    Large,
}
