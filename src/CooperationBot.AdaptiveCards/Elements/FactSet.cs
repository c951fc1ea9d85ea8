using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>A two-column list of facts.</summary>
public sealed class FactSet : CardElement
{
    public FactSet()
        : base("FactSet")
    {
    }

    [JsonPropertyName("facts")]
    public IList<Fact> Facts { get; init; } = [];
}
