using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.Bot.Knowledge.Loading;

/// <summary>The JSON settings of the knowledge model: snake_case keys, dates as <c>YYYY-MM-DD</c>, the status as <c>draft</c> or <c>reviewed</c>.</summary>
public static class KnowledgeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };
}
