using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>Which inputs an action sends along.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")]
    Auto,

    [JsonStringEnumMemberName("none")]
    None,
}
