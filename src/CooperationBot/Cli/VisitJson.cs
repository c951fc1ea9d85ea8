using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Host.Cli;

/// <summary>
/// A visit summary as the JSON object of <c>visit --json</c>: every <see cref="VisitSummary"/> field (each line with
/// its <c>source</c> citation, and the cited documents under <c>sources</c>), the briefing link and the card.
/// </summary>
public static class VisitJson
{
    private static readonly JsonSerializerOptions Fields = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static JsonObject Create(VisitSummary summary, Uri? briefingLink)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var json = JsonSerializer.SerializeToNode(summary, Fields)!.AsObject();
        json["language"] = summary.Language.Code();
        json["briefingUrl"] = briefingLink?.ToString();
        json["card"] = JsonNode.Parse(VisitCard.Create(summary, briefingLink).ToJson());
        return json;
    }
}
