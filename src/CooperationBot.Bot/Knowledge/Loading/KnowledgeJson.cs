using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Loading;

/// <summary>
/// The JSON settings of the knowledge model: snake_case keys, dates as <c>YYYY-MM-DD</c>, the status as <c>draft</c>
/// or <c>reviewed</c>, and lists marked <see cref="OmitWhenEmptyAttribute"/> left out when empty.
/// </summary>
public static class KnowledgeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
    };

    private static void OmitEmptyLists(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider?.IsDefined(typeof(OmitWhenEmptyAttribute), inherit: false) == true)
            {
                property.ShouldSerialize = static (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }
}
