using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Teams;

/// <summary>One message-extension result: the card inserted into the message, and the preview shown in the result list.</summary>
public sealed class ComposeExtensionAttachment
{
    [JsonPropertyName("contentType")]
    public required string ContentType { get; init; }

    /// <summary>The card (serialized by its runtime type, e.g. a typed Adaptive Card).</summary>
    [JsonPropertyName("content")]
    public required object Content { get; init; }

    /// <summary>The list entry, usually a <see cref="ThumbnailCard"/>; Teams shows <see cref="Content"/> when there is none.</summary>
    [JsonPropertyName("preview")]
    public Attachment? Preview { get; init; }

    /// <summary>An Adaptive Card result with a preview.</summary>
    public static ComposeExtensionAttachment AdaptiveCard(object card, Attachment? preview = null) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = card,
        Preview = preview,
    };
}
