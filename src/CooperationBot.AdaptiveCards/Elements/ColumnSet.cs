using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>Lays out <see cref="Column"/>s side by side.</summary>
public sealed class ColumnSet : CardElement
{
    public ColumnSet()
        : base("ColumnSet")
    {
    }

    [JsonPropertyName("columns")]
    public IList<Column> Columns { get; init; } = [];

    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContainerStyle? Style { get; set; }

    [JsonPropertyName("bleed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Bleed { get; set; }
}
