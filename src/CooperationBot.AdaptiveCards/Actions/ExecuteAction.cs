using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// <c>Action.Execute</c> (schema 1.4, Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke with
/// <see cref="Verb"/> and the data. Give it a <see cref="SubmitAction"/> <see cref="Fallback"/> for older clients.
/// </summary>
public sealed class ExecuteAction : DataAction
{
    public ExecuteAction(string verb)
        : base("Action.Execute") => Verb = verb;

    [JsonPropertyName("verb")]
    public string Verb { get; set; }

    /// <summary>What clients before schema 1.4 show instead.</summary>
    [JsonPropertyName("fallback")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ActionFallback? Fallback { get; set; }
}
