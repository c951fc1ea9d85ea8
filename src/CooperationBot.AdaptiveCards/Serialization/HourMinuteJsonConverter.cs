using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>Writes a <see cref="TimeOnly"/> as <c>HH:mm</c>, the format of <c>Input.Time</c>.</summary>
internal sealed class HourMinuteJsonConverter : JsonConverter<TimeOnly>
{
    private const string Format = "HH:mm";

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.ParseExact(reader.GetString() ?? string.Empty, Format, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
