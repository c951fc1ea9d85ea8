using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>An image from a URL (https or a data URL).</summary>
public sealed class Image : CardElement
{
    public Image(Uri url)
        : base("Image") => Url = url;

    [JsonPropertyName("url")]
    public Uri Url { get; set; }

    /// <summary>The text a screen reader speaks; always set it.</summary>
    [JsonPropertyName("altText")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AltText { get; set; }

    [JsonPropertyName("size")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImageSize? Size { get; set; }
}
