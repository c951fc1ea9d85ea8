using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>A run of text inside a <see cref="RichTextBlock"/>, with its own formatting.</summary>
public sealed class TextRun
{
    public TextRun(string text) => Text = text;

    /// <summary>Always <c>TextRun</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; private init; } = "TextRun";

    [JsonPropertyName("text")]
    public string Text { get; set; }

    [JsonPropertyName("size")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextSize? Size { get; set; }

    [JsonPropertyName("weight")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextWeight? Weight { get; set; }

    [JsonPropertyName("italic")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Italic { get; set; }

    [JsonPropertyName("color")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextColor? Color { get; set; }

    [JsonPropertyName("isSubtle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsSubtle { get; set; }

    /// <summary>Makes the run a link; Action.ShowCard is not allowed here.</summary>
    [JsonPropertyName("selectAction")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CardAction? SelectAction { get; set; }
}
