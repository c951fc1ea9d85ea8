using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Invoke;

/// <summary>The error value of an invoke answer: a code and a plain message.</summary>
public sealed record InvokeError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
