using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// <c>Action.Submit</c>: Teams sends the inputs merged with <see cref="Data"/> to the bot as a message whose
/// <c>value</c> holds them.
/// </summary>
public sealed class SubmitAction : CardAction
{
    public SubmitAction()
        : base("Action.Submit")
    {
    }

    /// <summary>Hidden data sent with the inputs. A <see cref="JsonObject"/>, written as built whatever the serializer options.</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(CardDataJsonConverter))]
    public JsonObject? Data { get; set; }

    [JsonPropertyName("associatedInputs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AssociatedInputs? AssociatedInputs { get; set; }
}
