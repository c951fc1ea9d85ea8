using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>A column of a <see cref="ColumnSet"/>. Not an element of its own: it only lives in a column set.</summary>
public sealed class Column
{
    /// <summary>Always <c>Column</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; private init; } = "Column";

    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    [JsonPropertyName("width")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ColumnWidth? Width { get; set; }

    [JsonPropertyName("items")]
    public IList<CardElement> Items { get; init; } = [];

    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContainerStyle? Style { get; set; }

    [JsonPropertyName("verticalContentAlignment")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public VerticalContentAlignment? VerticalContentAlignment { get; set; }

    [JsonPropertyName("spacing")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Spacing? Spacing { get; set; }

    [JsonPropertyName("separator")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Separator { get; set; }

    /// <summary>Runs when the column is tapped; Action.ShowCard is not allowed here.</summary>
    [JsonPropertyName("selectAction")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CardAction? SelectAction { get; set; }
}
