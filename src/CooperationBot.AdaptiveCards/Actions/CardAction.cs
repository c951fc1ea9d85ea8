using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>A button or tap action. Written by its runtime type, always with its <c>type</c>.</summary>
[JsonConverter(typeof(RuntimeTypeJsonConverter<CardAction>))]
public abstract class CardAction
{
    /// <summary>Creates an action with its schema type name.</summary>
    protected CardAction(string type) => Type = type;

    /// <summary>The schema type name, e.g. <c>Action.Submit</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; private init; }

    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    /// <summary>The button label.</summary>
    [JsonPropertyName("title")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; set; }

    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ActionStyle? Style { get; set; }

    /// <summary>Hover text and accessible description (schema 1.5).</summary>
    [JsonPropertyName("tooltip")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Tooltip { get; set; }
}
