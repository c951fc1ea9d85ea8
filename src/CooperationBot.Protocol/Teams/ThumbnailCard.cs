using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Teams;

/// <summary>A Bot Framework thumbnail card: the preview of a message-extension result.</summary>
public sealed class ThumbnailCard
{
    public const string ContentType = "application/vnd.microsoft.card.thumbnail";

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("subtitle")]
    public string? Subtitle { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("tap")]
    public CardTapAction? Tap { get; init; }

    /// <summary>This card as an attachment.</summary>
    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = this };
}
