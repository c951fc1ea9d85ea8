using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>A block of text (plain text with a subset of Markdown).</summary>
public sealed class TextBlock : CardElement
{
    public TextBlock(string text)
        : base("TextBlock") => Text = text;

    [JsonPropertyName("text")]
    public string Text { get; set; }

    [JsonPropertyName("size")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextSize? Size { get; set; }

    [JsonPropertyName("weight")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextWeight? Weight { get; set; }

    [JsonPropertyName("color")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextColor? Color { get; set; }

    [JsonPropertyName("isSubtle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsSubtle { get; set; }

    /// <summary>Wraps long text instead of cutting it off (off by default in the renderers).</summary>
    [JsonPropertyName("wrap")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Wrap { get; set; }

    [JsonPropertyName("maxLines")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonNumberHandling(JsonNumberHandling.Strict)]
    public int? MaxLines { get; set; }

    [JsonPropertyName("horizontalAlignment")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HorizontalAlignment? HorizontalAlignment { get; set; }

    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextBlockStyle? Style { get; set; }
}
