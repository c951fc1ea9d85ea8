using System.Globalization;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Answering.Timeline;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;

namespace CooperationBot.Host.Cli;

/// <summary>
/// One answer as the JSON object of <c>ask --json</c>: question, outcome (answered, partly or notKnown), answered
/// (true only for a full answer), language, the answer or, when partly known, what is known and what is missing
/// (<c>notKnown</c> in the user's words, <c>missing</c> as the card says it), citations (with their source),
/// suggestions, and the card the bot would send. For knowledge that changes over time: <c>asOf</c> (the date the answer
/// stood), <c>stand</c> (for a question about now: the date of the newest source used), <c>history</c> (earlier values
/// and replaced items, newest first, or the values nearest a period the knowledge has none for), <c>conflicts</c> (items
/// that contradict the answer) and <c>replacedBy</c> (what replaced an answer the question asked for by name).
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
            ["asOf"] = Date(result.AsOf),
            ["value"] = result.Value,
            ["stand"] = Date(result.Stand),
            ["history"] = new JsonArray([.. result.History.Select(Dated)]),
            ["conflicts"] = new JsonArray([.. result.Conflicts.Select(Dated)]),
            ["replacedBy"] = new JsonArray([.. result.ReplacedBy.Select(Dated)]),
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

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A dated item beside the answer: the citation of the item, with its date, a figure's value and, when replaced, until when it stood.</summary>
    private static JsonObject Dated(DatedAnswerItem dated)
    {
        var json = Citation(dated.Item);
        json["asOf"] = Date(dated.AsOf);
        json["value"] = dated.Value;
        json["until"] = Date(dated.Until);
        return json;
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
