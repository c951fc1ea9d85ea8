using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>An element of a card body or container. Written by its runtime type, always with its <c>type</c>.</summary>
[JsonConverter(typeof(RuntimeTypeJsonConverter<CardElement>))]
public abstract class CardElement
{
    /// <summary>Creates an element with its schema type name.</summary>
    protected CardElement(string type) => Type = type;

    /// <summary>The schema type name, e.g. <c>TextBlock</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; private init; }

    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    [JsonPropertyName("spacing")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Spacing? Spacing { get; set; }

    /// <summary>Draws a line above the element.</summary>
    [JsonPropertyName("separator")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Separator { get; set; }

    /// <summary>False hides the element until an Action.ToggleVisibility shows it.</summary>
    [JsonPropertyName("isVisible")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsVisible { get; set; }
}
