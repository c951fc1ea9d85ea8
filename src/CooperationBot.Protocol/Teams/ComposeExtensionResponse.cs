using System.Text.Json.Serialization;
using CooperationBot.Protocol.Invoke;

namespace CooperationBot.Protocol.Teams;

/// <summary>
/// The body of the answer to a <c>composeExtension/query</c> or <c>composeExtension/selectItem</c> invoke:
/// <c>{"composeExtension":{"type":"result","attachmentLayout":"list","attachments":[...]}}</c> or
/// <c>{"composeExtension":{"type":"message","text":"..."}}</c>.
/// </summary>
public sealed class ComposeExtensionResponse
{
    [JsonPropertyName("composeExtension")]
    public required ComposeExtensionResult ComposeExtension { get; init; }

    /// <summary>A result list (an empty list ends the paging).</summary>
    public static ComposeExtensionResponse Results(IEnumerable<ComposeExtensionAttachment> attachments) => new()
    {
        ComposeExtension = new ComposeExtensionResult
        {
            Type = ComposeExtensionResult.ResultType,
            AttachmentLayout = ComposeExtensionResult.ListLayout,
            Attachments = [.. attachments],
        },
    };

    /// <summary>A message in place of results (nothing found, or what went wrong).</summary>
    public static ComposeExtensionResponse Message(string text) => new()
    {
        ComposeExtension = new ComposeExtensionResult { Type = ComposeExtensionResult.MessageType, Text = text },
    };

    /// <summary>The invoke answer that carries this body: HTTP 200.</summary>
    public InvokeResponse ToInvokeResponse() => new(200, this);
}
