using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Processing;

/// <summary>The body of an <c>expectReplies</c> answer: <c>{"activities":[...]}</c>.</summary>
public sealed record ExpectedRepliesBody([property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities);
