using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The background style of a container or column.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("emphasis")]
    Emphasis,

    [JsonStringEnumMemberName("good")]
    Good,

    [JsonStringEnumMemberName("attention")]
    Attention,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("accent")]
    Accent,
}
