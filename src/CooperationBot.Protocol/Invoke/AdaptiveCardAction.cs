using System.Text.Json.Nodes;

namespace CooperationBot.Protocol.Invoke;

/// <summary>
/// The parsed value of an <c>adaptiveCard/action</c> invoke:
/// <c>{"action":{"type":"Action.Execute","verb":"...","data":{...}},"trigger":"manual"}</c>.
/// </summary>
public sealed record AdaptiveCardAction(string Verb, JsonObject Data, string? Trigger)
{
    public const string InvokeName = "adaptiveCard/action";

    /// <summary>Reads the invoke value; false with a plain reason when it is not a valid Action.Execute.</summary>
    public static bool TryParse(JsonNode? value, out AdaptiveCardAction? action, out string? error)
    {
        action = null;
        if (value is not JsonObject root || root["action"] is not JsonObject act)
        {
            error = "The invoke value has no 'action' object.";
            return false;
        }

        if (!TryGetString(act, "type", out var type) || type != "Action.Execute")
        {
            error = "The action type must be 'Action.Execute'.";
            return false;
        }

        if (!TryGetString(act, "verb", out var verb) || string.IsNullOrWhiteSpace(verb))
        {
            error = "The action has no verb.";
            return false;
        }

        JsonObject data;
        switch (act["data"])
        {
            case null:
                data = [];
                break;
            case JsonObject obj:
                data = obj;
                break;
            default:
                error = "The action data must be an object.";
                return false;
        }

        TryGetString(root, "trigger", out var trigger);
        action = new AdaptiveCardAction(verb!, data, trigger);
        error = null;
        return true;
    }

    private static bool TryGetString(JsonObject obj, string name, out string? value)
    {
        value = null;
        return obj[name] is JsonValue node && node.TryGetValue(out value);
    }
}
