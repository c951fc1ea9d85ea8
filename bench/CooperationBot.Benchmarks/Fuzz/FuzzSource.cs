using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>
/// The randomness and the building blocks of one generated request: a Teams-shaped activity (with
/// <c>deliveryMode: expectReplies</c> unless asked otherwise), raw splicing of text that a JSON writer would refuse
/// to write, and picks from lists.
/// </summary>
internal sealed class FuzzSource(Random random, FuzzTarget target, string id)
{
    private const string Placeholder = "\u0001fuzz-placeholder\u0001";
    private static readonly JsonSerializerOptions RawUnicode = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Random Random { get; } = random;

    public FuzzTarget Target { get; } = target;

    /// <summary>The activity id: unique per seed and index, so replay protection never hides a request.</summary>
    public string Id { get; } = id;

    public T Pick<T>(params T[] items) => items[Random.Next(items.Length)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary>A Teams activity of <paramref name="type"/> from a user in a personal chat, replies expected in the answer.</summary>
    public JsonObject Activity(string type, bool expectReplies = true)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Id,
            ["timestamp"] = "2026-11-29T08:00:00.000Z",
            ["serviceUrl"] = Target.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:fuzz-user", ["name"] = "Fuzz User", ["aadObjectId"] = "00000000-0000-0000-0000-00000000f022" },
            ["conversation"] = new JsonObject { ["id"] = "a:fuzz-chat", ["conversationType"] = "personal", ["tenantId"] = "fuzz-tenant" },
            ["recipient"] = new JsonObject { ["id"] = "28:fuzz-bot", ["name"] = "CooperationBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "fuzz-tenant" } },
            ["locale"] = "nl-NL",
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public JsonObject Message(string text, bool expectReplies = true)
    {
        var message = Activity("message", expectReplies);
        message["text"] = text;
        message["textFormat"] = "plain";
        return message;
    }

    public JsonObject Invoke(string name, JsonNode? value)
    {
        var invoke = Activity("invoke");
        invoke["name"] = name;
        invoke["value"] = value;
        return invoke;
    }

    /// <summary>A JSON text parsed into a node (for literals in the case lists).</summary>
    public static JsonNode? Parse(string json) => JsonNode.Parse(json);

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>Serialized with non-ASCII characters written as they are (not as \u escapes).</summary>
    public static byte[] RawBytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(RawUnicode));

    /// <summary>
    /// The activity with <paramref name="raw"/> written verbatim as the value of <paramref name="property"/>:
    /// for JSON a writer would not produce (lone surrogate escapes, 10,000 levels of nesting, invalid bytes).
    /// </summary>
    public static byte[] Splice(JsonObject activity, string property, ReadOnlySpan<byte> raw)
    {
        activity[property] = Placeholder;
        var json = activity.ToJsonString();
        var marker = JsonSerializer.Serialize(Placeholder);
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        var before = Encoding.UTF8.GetBytes(json[..at]);
        var after = Encoding.UTF8.GetBytes(json[(at + marker.Length)..]);
        return [.. before, .. raw, .. after];
    }

    public static byte[] Splice(JsonObject activity, string property, string raw) =>
        Splice(activity, property, Encoding.UTF8.GetBytes(raw));

    /// <summary><paramref name="length"/> characters cycling through <paramref name="pattern"/>.</summary>
    public static string Repeat(string pattern, int length)
    {
        var text = new StringBuilder(length + pattern.Length);
        while (text.Length < length)
        {
            text.Append(pattern);
        }

        return text.ToString(0, length);
    }
}
