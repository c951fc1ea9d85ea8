using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Processing;

/// <summary>A short RFC 9457 problem document: what went wrong, in plain words, never a stack trace.</summary>
public sealed record ProblemBody(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("detail")] string Detail);
