using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>Writes a <see cref="ColumnWidth"/> as a keyword or pixel string, or as a weight number.</summary>
internal sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Reading a column width from JSON is not supported.");

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Weight is { } weight)
        {
            writer.WriteNumberValue(weight);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
