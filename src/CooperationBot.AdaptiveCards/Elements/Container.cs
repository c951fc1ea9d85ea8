using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>Groups elements, optionally with a background style and a tap action.</summary>
public sealed class Container : CardElement
{
    public Container()
        : base("Container")
    {
    }

    [JsonPropertyName("items")]
    public IList<CardElement> Items { get; init; } = [];

    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContainerStyle? Style { get; set; }

    /// <summary>Lets the background reach the card's edges.</summary>
    [JsonPropertyName("bleed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Bleed { get; set; }

    /// <summary>Runs when the container is tapped; Action.ShowCard is not allowed here.</summary>
    [JsonPropertyName("selectAction")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CardAction? SelectAction { get; set; }
}
