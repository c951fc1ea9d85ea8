using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary><c>Input.Text</c>: a single- or multi-line text field.</summary>
public sealed class TextInput : CardInput
{
    public TextInput(string id)
        : base("Input.Text", id)
    {
    }

    [JsonPropertyName("placeholder")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Placeholder { get; set; }

    [JsonPropertyName("isMultiline")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsMultiline { get; set; }

    [JsonPropertyName("maxLength")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonNumberHandling(JsonNumberHandling.Strict)]
    public int? MaxLength { get; set; }

    /// <summary>The initial value.</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; set; }
}
