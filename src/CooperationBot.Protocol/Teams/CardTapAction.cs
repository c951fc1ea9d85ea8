using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Teams;

/// <summary>What tapping a (thumbnail) card does, e.g. an <c>invoke</c> that sends <see cref="Value"/> back to the bot.</summary>
public sealed class CardTapAction
{
    public const string InvokeType = "invoke";

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("value")]
    public JsonNode? Value { get; init; }

    /// <summary>A tap that invokes the bot with <paramref name="value"/> (a message-extension preview: <c>composeExtension/selectItem</c>).</summary>
    public static CardTapAction Invoke(JsonObject value) => new() { Type = InvokeType, Value = value };
}
