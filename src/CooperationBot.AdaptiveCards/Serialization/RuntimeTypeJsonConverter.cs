using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// Writes a value declared as <typeparamref name="TBase"/> by its runtime type. Every card type carries its own
/// <c>type</c> property, so the discriminator is written whether the value sits in a list of the base type, in an
/// <see cref="object"/>-typed parent or stands alone. Only writing is supported.
/// </summary>
internal sealed class RuntimeTypeJsonConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    public override TBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"Reading {typeof(TBase).Name} from JSON is not supported.");

    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
