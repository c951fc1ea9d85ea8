using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>How a choice set is shown: a drop-down (compact) or radio buttons / check boxes (expanded).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")]
    Compact,

    [JsonStringEnumMemberName("expanded")]
    Expanded,
}
