using System.Globalization;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;

namespace CooperationBot.Host.Cli;

/// <summary>
/// One answer as the JSON object of <c>ask --json</c>: question, answered, language, answer, citations (with their
/// source), suggestions, and the card the bot would send.
/// </summary>
public static class AnswerJson
{
    public static JsonObject Create(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = result.Language.Code();
        var card = result.Answered ? AnswerCard.Create(result) : NotFoundCard.Create(result);
        IEnumerable<AnswerItem> cited = result.Best is null ? [] : [result.Best, .. result.Related];
        IEnumerable<string> suggestions = result.Answered
            ? result.FollowUpQuestions
            : result.Suggestions.Select(s => s.ExampleQuestion ?? s.Name);
        return new JsonObject
        {
            ["question"] = result.Question,
            ["answered"] = result.Answered,
            ["language"] = language,
            ["answer"] = result.Phrased?.ToMarkedText() ?? result.Best?.Text,
            ["phrasedBy"] = result.Phrased is null ? "extract" : "model",
            ["phrasingFallback"] = result.PhrasingFallback,
            ["notKnown"] = result.NotKnown,
            ["outOfScope"] = result.OutOfScope,
            ["confidence"] = Math.Round(result.Confidence, 3),
            ["knowledgeVersion"] = result.KnowledgeVersion,
            ["citations"] = new JsonArray([.. cited.Select(Citation)]),
            ["suggestions"] = new JsonArray([.. suggestions.Select(s => (JsonNode)s)]),
            ["card"] = JsonNode.Parse(card.ToJson()),
        };
    }

    private static JsonObject Citation(AnswerItem item) => new()
    {
        ["id"] = item.Id,
        ["kind"] = item.Kind.ToString().ToLowerInvariant(),
        ["text"] = item.Text,
        ["isTranslation"] = item.IsTranslation,
        ["source"] = new JsonObject
        {
            ["id"] = item.Source.Source,
            ["title"] = item.Document?.Title,
            ["publisher"] = item.Document?.Publisher,
            ["date"] = item.Document?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["paragraph"] = item.Source.Paragraph,
            ["evidence"] = item.Source.Evidence,
        },
    };
}
