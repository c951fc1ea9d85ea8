using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>An element a <see cref="ToggleVisibilityAction"/> shows or hides, by its <see cref="CardElement.Id"/>.</summary>
public sealed class TargetElement
{
    public TargetElement(string elementId) => ElementId = elementId;

    [JsonPropertyName("elementId")]
    public string ElementId { get; set; }

    /// <summary>True always shows the element, false always hides it; null (the default) toggles it.</summary>
    [JsonPropertyName("isVisible")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsVisible { get; set; }
}
