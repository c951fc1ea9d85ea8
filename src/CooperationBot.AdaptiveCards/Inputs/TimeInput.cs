using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary><c>Input.Time</c>: a time picker; values are written as <c>HH:mm</c>.</summary>
public sealed class TimeInput : CardInput
{
    public TimeInput(string id)
        : base("Input.Time", id)
    {
    }

    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Value { get; set; }

    [JsonPropertyName("min")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Min { get; set; }

    [JsonPropertyName("max")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Max { get; set; }
}
