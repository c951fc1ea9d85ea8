using System.Text.Json.Nodes;

namespace CooperationBot.Tests.Infrastructure;

/// <summary>Teams-shaped inbound activities for tests, as JSON so a test can bend any field.</summary>
public static class Activities
{
    public const string BotId = "28:bot-app-id";
    public const string TenantId = "72f988bf-0000-0000-0000-000000000001";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static JsonObject Message(string text, string? id = null, string locale = "nl-NL", bool expectReplies = true)
    {
        var activity = Base("message", id);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["locale"] = locale;
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static JsonObject Invoke(string name, JsonNode? value, string? id = null)
    {
        var activity = Base("invoke", id);
        activity["name"] = name;
        activity["value"] = value;
        return activity;
    }

    public static JsonObject Base(string type, string? id = null) => new()
    {
        ["type"] = type,
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-29T08:00:00.000Z",
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Test User", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000aa" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-chat-1", ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CooperationBot" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}
