using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary><c>Input.Toggle</c>: a check box submitting <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed class ToggleInput : CardInput
{
    public ToggleInput(string id, string title)
        : base("Input.Toggle", id) => Title = title;

    /// <summary>The text next to the check box.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; }

    /// <summary>The initial value: <see cref="ValueOn"/> checks the box.</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; set; }

    /// <summary>Submitted when checked; the renderers default to <c>"true"</c>.</summary>
    [JsonPropertyName("valueOn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ValueOn { get; set; }

    /// <summary>Submitted when unchecked; the renderers default to <c>"false"</c>.</summary>
    [JsonPropertyName("valueOff")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ValueOff { get; set; }
}
