using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>An action that sends the card's inputs merged with <see cref="Data"/> to the bot (Submit, Execute).</summary>
public abstract class DataAction : CardAction
{
    /// <summary>Creates an action with its schema type name.</summary>
    protected DataAction(string type)
        : base(type)
    {
    }

    /// <summary>Hidden data sent with the inputs, written as built whatever the serializer options.</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(CardDataJsonConverter))]
    public JsonObject? Data { get; set; }

    [JsonPropertyName("associatedInputs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AssociatedInputs? AssociatedInputs { get; set; }
}
