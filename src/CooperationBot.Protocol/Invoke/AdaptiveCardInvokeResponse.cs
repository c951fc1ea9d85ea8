using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Invoke;

/// <summary>
/// The body of the answer to an <c>adaptiveCard/action</c> invoke: a card that replaces the clicked one,
/// a message, or an error.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("value")]
    public object? Value { get; init; }

    public static AdaptiveCardInvokeResponse Card(object card) => new() { StatusCode = 200, Type = CardType, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) => new() { StatusCode = 200, Type = MessageType, Value = text };

    public static AdaptiveCardInvokeResponse BadRequest(string message) =>
        new() { StatusCode = 400, Type = ErrorType, Value = new InvokeError("BadRequest", message) };

    /// <summary>The invoke answer that carries this body: HTTP 200 (the status lives in the body).</summary>
    public InvokeResponse ToInvokeResponse() => new(200, this);
}
