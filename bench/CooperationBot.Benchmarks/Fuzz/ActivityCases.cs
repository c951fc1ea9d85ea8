using System.Text.Json.Nodes;

namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>Well-formed JSON that is a strange activity: unknown types, missing fields, malformed invokes and submits.</summary>
internal static class ActivityCases
{
    private static readonly string[] UnknownTypes =
    [
        "zzz", "event", "typing", "endOfConversation", "messageReaction", "messageUpdate", "messageDelete", "deleteUserData",
        "handoff", "trace", "suggestion", "contactRelationUpdate", "Message", "MESSAGE", " message", "message ", "invoke\u0000",
        "m\u00e9ssage", "conversationupdate", "\u202emessage", "0", "null", "\ud83d\ude00",
    ];

    private static readonly string[] RequiredFields =
    [
        "id", "timestamp", "serviceUrl", "channelId", "from", "conversation", "recipient", "channelData", "locale", "text",
        "deliveryMode", "from.id", "conversation.id", "recipient.id", "channelData.tenant",
    ];

    private static readonly string[] InvokeNames =
    [
        "", "no/such-invoke", "composeExtension/query", "composeExtension/selectItem", "task/fetch", "task/submit",
        "signin/verifyState", "signin/tokenExchange", "config/fetch", "fileConsent/invoke", "actionableMessage/executeAction",
        "healthCheck", "ADAPTIVECARD/ACTION", "adaptiveCard/action ", "message/fetchTask", "../../etc/passwd", "\u0000",
    ];

    private static readonly string[] CardActionValues =
    [
        "null", "{}", "[1,2]", "\"help\"", "5", "{\"action\":\"help\"}", "{\"action\":[]}", "{\"action\":{}}",
        "{\"action\":{\"type\":\"Action.Submit\",\"verb\":\"help\"}}", "{\"action\":{\"type\":\"action.execute\",\"verb\":\"help\"}}",
        "{\"action\":{\"type\":\"Action.Execute\"}}", "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"\"}}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":5}}", "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"help\",\"data\":\"x\"}}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"help\",\"data\":[1]}}", "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"no-such-verb\"}}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"help\",\"data\":{\"lang\":[]}},\"trigger\":5}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"visit\",\"data\":{\"visitId\":5}}}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"visit\",\"data\":{\"visitId\":\"no-such-visit\",\"language\":{}}}}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"visit\",\"data\":{}}}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"VISIT\",\"data\":{\"visitId\":\"\\u0000\"}}}",
    ];

    private static readonly string[] FeedbackValues =
    [
        "null", "[]", "\"x\"", "{}", "{\"actionName\":\"feedback\"}", "{\"actionName\":\"feedback\",\"actionValue\":\"x\"}",
        "{\"actionName\":\"feedback\",\"actionValue\":{\"reaction\":5}}", "{\"actionName\":\"feedback\",\"actionValue\":{\"reaction\":\"love\"}}",
        "{\"actionName\":\"feedback\",\"actionValue\":{\"reaction\":\"like\",\"feedback\":\"{not json\"}}",
        "{\"actionName\":\"feedback\",\"actionValue\":{\"reaction\":\"dislike\",\"feedback\":\"[1]\"}}",
        "{\"actionName\":\"feedback\",\"actionValue\":{\"reaction\":\"dislike\",\"feedback\":{\"feedbackText\":5}}}",
        "{\"actionName\":\"feedback\",\"actionValue\":{\"reaction\":\"like\",\"feedback\":\"{\\\"feedbackText\\\":[]}\"}}",
        "{\"actionName\":\"other\",\"actionValue\":{}}",
    ];

    private static readonly string[] SubmitValues =
    [
        "\"x\"", "5", "true", "[]", "[{\"verb\":\"help\"}]", "null", "{}", "{\"verb\":5}", "{\"verb\":null}", "{\"verb\":\"nope\"}",
        "{\"verb\":\"\"}", "{\"verb\":\"help\",\"lang\":{}}", "{\"verb\":\"visit\"}", "{\"verb\":\"visit\",\"visitId\":[]}",
        "{\"verb\":\"visit\",\"visitId\":\"no-such-visit\"}", "{\"verb\":\"visits\",\"page\":\"x\"}", "{\"verb\":\"visits\",\"language\":5}",
        "{\"verb\":\"ask\"}", "{\"verb\":\"ask\",\"question\":5}", "{\"verb\":\"ask\",\"question\":\"\"}",
        "{\"verb\":\"ask\",\"question\":\"hoeveel zijn teruggekeerd\",\"language\":[]}", "{\"verb\":\"digestSave\"}",
        "{\"verb\":\"digestSave\",\"time\":\"25:99\",\"day\":\"someday\",\"frequency\":7,\"topics\":\"all\"}",
        "{\"verb\":\"digestSave\",\"time\":[],\"language\":{},\"enabled\":\"maybe\"}", "{\"verb\":\"digestSettings\",\"x\":1}",
        "{\"verb\":\"digestSubscribe\",\"time\":\"-1:00\"}", "{\"verb\":\"digestUnsubscribe\",\"id\":{}}", "{\"verb\":\"digestStatus\"}",
        "{\"verb\":\"HELP\"}", "{\"Verb\":\"help\"}", "{\"verb\":\"help\",\"verb\":\"visit\"}",
    ];

    public static FuzzRequest UnknownType(FuzzSource source)
    {
        var type = source.Pick(UnknownTypes);
        var activity = source.Activity(type, expectReplies: source.Chance(0.7));
        if (source.Chance(0.5))
        {
            activity["text"] = "hulp";
            activity["name"] = source.Pick("x", "adaptiveCard/action", "message/submitAction");
            activity["value"] = new JsonObject { ["verb"] = "help" };
        }

        return new FuzzRequest(FuzzClass.UnknownType, type, FuzzSource.RawBytes(activity));
    }

    public static FuzzRequest MissingFields(FuzzSource source)
    {
        var type = source.Pick("message", "invoke", "conversationUpdate", "installationUpdate");
        var activity = type switch
        {
            "message" => source.Message(source.Pick("hulp", "Hoeveel Marokkanen zijn teruggekeerd?", "bezoeken")),
            "invoke" => source.Invoke(source.Pick("adaptiveCard/action", "message/submitAction"), FuzzSource.Parse("""{"action":{"type":"Action.Execute","verb":"help"}}""")),
            "conversationUpdate" => WithMembers(source.Activity(type)),
            _ => WithAction(source.Activity(type)),
        };
        var removed = new List<string>();
        for (var i = source.Random.Next(1, 5); i > 0; i--)
        {
            var field = source.Pick(RequiredFields);
            Remove(activity, field);
            removed.Add(field);
        }

        return new FuzzRequest(FuzzClass.MissingFields, $"{type}-{string.Join('-', removed)}", FuzzSource.Bytes(activity));
    }

    public static FuzzRequest MalformedInvoke(FuzzSource source)
    {
        var (variant, activity) = source.Random.Next(3) switch
        {
            0 => ("card-action", source.Invoke("adaptiveCard/action", FuzzSource.Parse(source.Pick(CardActionValues)))),
            1 => ("unknown-name", source.Invoke(source.Pick(InvokeNames), FuzzSource.Parse(source.Pick(CardActionValues)))),
            _ => ("submit-action", source.Invoke("message/submitAction", FuzzSource.Parse(source.Pick(FeedbackValues)))),
        };
        if (source.Chance(0.3))
        {
            activity["replyToId"] = source.Pick("no-such-message", string.Empty, FuzzSource.Repeat("r", 10_000));
        }

        return new FuzzRequest(FuzzClass.MalformedInvoke, $"{variant}:{Describe(activity["value"])}", FuzzSource.Bytes(activity));
    }

    public static FuzzRequest MalformedSubmit(FuzzSource source)
    {
        var message = source.Message(string.Empty, expectReplies: source.Chance(0.8));
        message.Remove("text");
        var kind = source.Random.Next(4);
        if (kind == 0)
        {
            // A huge value: many properties, or one long string.
            var value = new JsonObject { ["verb"] = source.Pick("ask", "help", "digestSave", "nope") };
            var count = source.Random.Next(100, 5_000);
            for (var i = 0; i < count; i++)
            {
                value[$"k{i}"] = source.Chance(0.5) ? i : FuzzSource.Repeat("v", 20);
            }

            value["question"] = FuzzSource.Repeat("hoeveel terugkeer ", source.Random.Next(1, 100_000));
            message["value"] = value;
            return new FuzzRequest(FuzzClass.MalformedSubmit, $"huge-value:{count}", FuzzSource.Bytes(message));
        }

        var raw = source.Pick(SubmitValues);
        if (kind == 1)
        {
            message["text"] = source.Pick("hulp", "digest", "   ", "bezoek");
        }

        return new FuzzRequest(FuzzClass.MalformedSubmit, raw, FuzzSource.Splice(message, "value", raw));
    }

    private static JsonObject WithMembers(JsonObject activity)
    {
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:fuzz-user" }, new JsonObject { ["id"] = "28:fuzz-bot" });
        return activity;
    }

    private static JsonObject WithAction(JsonObject activity)
    {
        activity["action"] = "add";
        return activity;
    }

    /// <summary>Removes <c>field</c> or <c>parent.child</c>.</summary>
    private static void Remove(JsonObject activity, string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            activity.Remove(field);
        }
        else if (activity[field[..dot]] is JsonObject parent)
        {
            parent.Remove(field[(dot + 1)..]);
        }
    }

    private static string Describe(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 80 ? text : text[..80];
    }
}
