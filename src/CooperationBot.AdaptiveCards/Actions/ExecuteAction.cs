using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// <c>Action.Execute</c> (schema 1.4, Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke with
/// <see cref="Verb"/> and the data. Give it a <see cref="SubmitAction"/> <see cref="Fallback"/> for older clients.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public ExecuteAction(string verb)
        : base("Action.Execute") => Verb = verb;

    [JsonPropertyName("verb")]
    public string Verb { get; set; }

    /// <summary>Hidden data sent with the inputs. A <see cref="JsonObject"/>, written as built whatever the serializer options.</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(CardDataJsonConverter))]
    public JsonObject? Data { get; set; }

    [JsonPropertyName("associatedInputs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AssociatedInputs? AssociatedInputs { get; set; }

    /// <summary>What clients before schema 1.4 show instead.</summary>
    [JsonPropertyName("fallback")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ActionFallback? Fallback { get; set; }
}
