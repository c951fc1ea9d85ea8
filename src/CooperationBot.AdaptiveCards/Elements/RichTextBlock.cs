using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>A paragraph made of differently formatted <see cref="TextRun"/>s.</summary>
public sealed class RichTextBlock : CardElement
{
    public RichTextBlock()
        : base("RichTextBlock")
    {
    }

    [JsonPropertyName("inlines")]
    public IList<TextRun> Inlines { get; init; } = [];

    [JsonPropertyName("horizontalAlignment")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
