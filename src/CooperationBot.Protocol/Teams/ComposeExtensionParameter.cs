using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Teams;

/// <summary>One parameter of a message-extension query: the manifest's parameter name and what the user typed.</summary>
/// <param name="Name">The parameter's name (<c>initialRun</c> for the query Teams runs when the command opens).</param>
/// <param name="Value">The typed text; null when Teams sent none.</param>
public sealed record ComposeExtensionParameter(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string? Value);
