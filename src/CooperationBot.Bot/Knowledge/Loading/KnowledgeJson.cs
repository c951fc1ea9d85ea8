using System.Text.Json;

namespace CooperationBot.Bot.Knowledge.Loading;

/// <summary>The JSON settings of the knowledge model: snake_case keys, dates as <c>YYYY-MM-DD</c>.</summary>
public static class KnowledgeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
