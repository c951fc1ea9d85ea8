using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// Writes action data exactly as built, ignoring the caller's options (which could, for example, turn numbers
/// into strings). Only writing is supported.
/// </summary>
internal sealed class CardDataJsonConverter : JsonConverter<JsonObject>
{
    public override JsonObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Reading card data from JSON is not supported.");

    public override void Write(Utf8JsonWriter writer, JsonObject value, JsonSerializerOptions options) => value.WriteTo(writer);
}
