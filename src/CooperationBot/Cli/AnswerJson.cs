using System.Globalization;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;

namespace CooperationBot.Host.Cli;

/// <summary>
/// One answer as the JSON object of <c>ask --json</c>: question, outcome (answered, partly or notKnown), answered
/// (true only for a full answer), language, the answer or, when partly known, what is known and what is missing
/// (<c>notKnown</c> in the user's words, <c>missing</c> as the card says it), citations (with their source),
/// suggestions, and the card the bot would send.
/// </summary>
public static class AnswerJson
{
    public static JsonObject Create(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = result.Language.Code();
        var card = result.Outcome switch
        {
            AnswerOutcome.Answered => AnswerCard.Create(result),
            AnswerOutcome.Partly => PartlyKnownCard.Create(result),
            _ => NotFoundCard.Create(result),
        };
        IEnumerable<AnswerItem> cited = result.Best is null ? [] : [result.Best, .. result.Reasons, .. result.Related];
        IEnumerable<string> suggestions = result.Outcome == AnswerOutcome.NotKnown
            ? result.Suggestions.Select(s => s.ExampleQuestion ?? s.Name)
            : result.FollowUpQuestions;
        return new JsonObject
        {
            ["question"] = result.Question,
            ["outcome"] = Outcome(result.Outcome),
            ["answered"] = result.Answered,
            ["language"] = language,
            ["answer"] = result.Answered ? result.Phrased?.ToMarkedText() ?? result.Best?.Text : null,
            ["known"] = result.Outcome == AnswerOutcome.Partly ? result.Phrased?.ToMarkedText() ?? result.Best?.Text : null,
            ["phrasedBy"] = result.Phrased is null ? "extract" : "model",
            ["phrasingFallback"] = result.PhrasingFallback,
            ["notKnown"] = result.NotKnown,
            ["missing"] = new JsonArray([.. MissingTexts.For(result.Missing, result.Language).Select(m => (JsonNode)m)]),
            ["reasons"] = new JsonArray([.. result.Reasons.Select(r => (JsonNode)r.Id)]),
            ["outOfScope"] = result.OutOfScope,
            ["confidence"] = Math.Round(result.Confidence, 3),
            ["knowledgeVersion"] = result.KnowledgeVersion,
            ["citations"] = new JsonArray([.. cited.Select(Citation)]),
            ["suggestions"] = new JsonArray([.. suggestions.Select(s => (JsonNode)s)]),
            ["card"] = JsonNode.Parse(card.ToJson()),
        };
    }

    /// <summary>The outcome as <c>ask --json</c> names it: answered, partly or notKnown.</summary>
    public static string Outcome(AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Answered => "answered",
        AnswerOutcome.Partly => "partly",
        _ => "notKnown",
    };

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
