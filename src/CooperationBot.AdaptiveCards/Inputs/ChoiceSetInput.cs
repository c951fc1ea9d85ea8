using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary><c>Input.ChoiceSet</c>: a drop-down, radio buttons or check boxes.</summary>
public sealed class ChoiceSetInput : CardInput
{
    public ChoiceSetInput(string id)
        : base("Input.ChoiceSet", id)
    {
    }

    [JsonPropertyName("choices")]
    public IList<Choice> Choices { get; init; } = [];

    /// <summary>Allows several choices; the value is then a comma-separated list.</summary>
    [JsonPropertyName("isMultiSelect")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsMultiSelect { get; set; }

    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChoiceInputStyle? Style { get; set; }

    /// <summary>The initially selected value(s), comma-separated.</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; set; }
}
