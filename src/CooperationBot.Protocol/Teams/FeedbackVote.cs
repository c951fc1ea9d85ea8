using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationBot.Protocol.Teams;

/// <summary>
/// A thumbs-up/down on a bot message with feedback enabled: the invoke <c>message/submitAction</c> with
/// <c>{"actionName":"feedback","actionValue":{"reaction":"like|dislike","feedback":"{\"feedbackText\":\"...\"}"}}</c>.
/// </summary>
/// <param name="Reaction"><c>like</c> or <c>dislike</c>.</param>
/// <param name="Comment">The user's comment, if any.</param>
/// <param name="RatedMessageId">The id of the rated bot message (the invoke's replyToId).</param>
public sealed record FeedbackVote(string Reaction, string? Comment, string? RatedMessageId)
{
    public const string InvokeName = "message/submitAction";
    public const int MaxCommentLength = 2000;

    /// <summary>The channelData that shows Teams' feedback buttons on a message.</summary>
    public static JsonObject EnableOnMessage() => new() { ["feedbackLoopEnabled"] = true };

    public static bool TryParse(Activity activity, out FeedbackVote? vote, out string? error)
    {
        ArgumentNullException.ThrowIfNull(activity);
        vote = null;
        if (activity.Value is not JsonObject value
            || value["actionName"] is not JsonValue name || !name.TryGetValue(out string? actionName) || actionName != "feedback"
            || value["actionValue"] is not JsonObject action)
        {
            error = "Not a feedback action.";
            return false;
        }

        if (action["reaction"] is not JsonValue reactionNode || !reactionNode.TryGetValue(out string? reaction)
            || reaction is not ("like" or "dislike"))
        {
            error = "The reaction must be 'like' or 'dislike'.";
            return false;
        }

        vote = new FeedbackVote(reaction, ReadComment(action["feedback"]), activity.ReplyToId);
        error = null;
        return true;
    }

    private static string? ReadComment(JsonNode? feedback)
    {
        // Teams sends the feedback form as a JSON string; a malformed one just has no comment.
        if (feedback is not JsonValue raw || !raw.TryGetValue(out string? json) || string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var text = JsonNode.Parse(json)?["feedbackText"]?.GetValue<string>();
            return string.IsNullOrWhiteSpace(text) ? null : text.Length > MaxCommentLength ? text[..MaxCommentLength] : text;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
