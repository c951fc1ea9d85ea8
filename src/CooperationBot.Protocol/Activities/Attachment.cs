using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.Protocol;

/// <summary>An attachment: a card, a file or a link.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>
    /// The content. Outbound it is any object (serialized by its runtime type, e.g. a typed card);
    /// inbound it is a <see cref="JsonElement"/>.
    /// </summary>
    public object? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>An Adaptive Card attachment carrying <paramref name="card"/>.</summary>
    public static Attachment AdaptiveCard(object card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
