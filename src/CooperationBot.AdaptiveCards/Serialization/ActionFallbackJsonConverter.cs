using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>Writes an <see cref="ActionFallback"/> as <c>"drop"</c> or as the fallback action.</summary>
internal sealed class ActionFallbackJsonConverter : JsonConverter<ActionFallback>
{
    private const string Drop = "drop";

    public override ActionFallback Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Reading an action fallback from JSON is not supported.");

    public override void Write(Utf8JsonWriter writer, ActionFallback value, JsonSerializerOptions options)
    {
        if (value.Action is { } action)
        {
            JsonSerializer.Serialize(writer, action, action.GetType(), options);
        }
        else
        {
            writer.WriteStringValue(Drop);
        }
    }
}
