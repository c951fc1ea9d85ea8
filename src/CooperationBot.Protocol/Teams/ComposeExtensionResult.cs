using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Teams;

/// <summary>The <c>composeExtension</c> object of a message-extension answer: a result list, or a message.</summary>
public sealed class ComposeExtensionResult
{
    public const string ResultType = "result";
    public const string MessageType = "message";
    public const string ListLayout = "list";

    /// <summary><c>result</c> (attachments) or <c>message</c> (text).</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("attachmentLayout")]
    public string? AttachmentLayout { get; init; }

    [JsonPropertyName("attachments")]
    public IReadOnlyList<ComposeExtensionAttachment>? Attachments { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }
}
