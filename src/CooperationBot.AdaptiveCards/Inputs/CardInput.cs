using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>An input field. Its <see cref="CardElement.Id"/> is the key of its value in the submitted data.</summary>
public abstract class CardInput : CardElement
{
    /// <summary>Creates an input with its schema type name and id.</summary>
    protected CardInput(string type, string id)
        : base(type) => Id = id;

    /// <summary>The visible label (schema 1.3); screen readers need it.</summary>
    [JsonPropertyName("label")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; set; }

    [JsonPropertyName("isRequired")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsRequired { get; set; }

    /// <summary>Shown when validation fails, e.g. a required input left empty.</summary>
    [JsonPropertyName("errorMessage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ErrorMessage { get; set; }
}
