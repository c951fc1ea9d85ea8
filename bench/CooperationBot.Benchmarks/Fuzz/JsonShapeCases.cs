using System.Text;

namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>Requests whose body is not well-formed, of the wrong shape, deeply nested, empty or of another media type.</summary>
internal static class JsonShapeCases
{
    private static readonly string[] Fields =
    [
        "type", "id", "timestamp", "serviceUrl", "channelId", "from", "conversation", "recipient", "text", "textFormat",
        "locale", "attachments", "entities", "channelData", "replyToId", "value", "name", "action", "membersAdded",
        "membersRemoved", "deliveryMode",
    ];

    private static readonly string[] WrongValues =
    [
        "0", "-1", "1e400", "12345678901234567890123", "true", "false", "null", "\"\"", "\"x\"", "[]", "[1,\"a\",null]",
        "{}", "{\"id\":5}", "[[[]]]", "\"2026-13-45T99:99:99Z\"", "{\"tenant\":[]}", "[{\"type\":5}]",
    ];

    public static FuzzRequest InvalidJson(FuzzSource source)
    {
        var valid = source.Message("hulp").ToJsonString();
        var (variant, body) = source.Random.Next(9) switch
        {
            7 => ("duplicate-keys", DuplicateKeys(source, valid)),
            0 => ("truncated", valid[..source.Random.Next(1, valid.Length - 1)]),
            1 => ("trailing-garbage", valid + source.Pick("x", "}", ",{}", "\u0000", " {\"type\":\"message\"}")),
            2 => ("single-quotes", valid.Replace('"', '\'')),
            3 => ("comments", "/* c */" + valid.Insert(1, "// line\n")),
            4 => ("trailing-comma", valid[..^1] + ",}"),
            5 => ("bare-literal", valid.Replace("\"hulp\"", source.Pick("NaN", "Infinity", "undefined", "hulp", "0x1F", "01"), StringComparison.Ordinal)),
            6 => ("unterminated-string", "{\"type\":\"message\",\"text\":\"" + FuzzSource.Repeat("abc ", source.Random.Next(1, 5_000))),
            _ => ("garbage", RandomAscii(source)),
        };
        return new FuzzRequest(FuzzClass.InvalidJson, variant, Encoding.UTF8.GetBytes(body));
    }

    public static FuzzRequest WrongTypes(FuzzSource source)
    {
        var type = source.Pick("message", "invoke", "conversationUpdate", "installationUpdate");
        var activity = type == "message" ? source.Message("hulp") : source.Activity(type);
        var field = source.Pick(Fields);
        var value = source.Pick(WrongValues);
        return new FuzzRequest(FuzzClass.WrongTypes, $"{type}.{field}={value}", FuzzSource.Splice(activity, field, value));
    }

    public static FuzzRequest DeepNesting(FuzzSource source)
    {
        var depth = source.Pick(8, 60, 63, 64, 65, 200, 1_000, 10_000, source.Random.Next(2, 20_000));
        var (open, close) = source.Pick(("[", "]"), ("{\"a\":", "}"), ("[{\"b\":", "}]"));
        var nested = new StringBuilder(depth * (open.Length + close.Length) + 2);
        nested.Insert(0, open, depth).Append("null").Insert(nested.Length, close, depth);
        var where = source.Pick("body", "value", "channelData", "entities", "unknownProperty", "text");
        var raw = nested.ToString();
        var body = where switch
        {
            "body" => Encoding.UTF8.GetBytes(raw),
            "value" => FuzzSource.Splice(source.Invoke("adaptiveCard/action", null), "value", raw),
            _ => FuzzSource.Splice(source.Message("hulp"), where, raw),
        };
        return new FuzzRequest(FuzzClass.DeepNesting, $"{where}:{depth}x{open}", body);
    }

    public static FuzzRequest EmptyBody(FuzzSource source)
    {
        var (variant, body) = source.Random.Next(6) switch
        {
            0 => ("empty", string.Empty),
            1 => ("space", " "),
            2 => ("newlines", "\r\n\r\n"),
            3 => ("tabs", "\t\t"),
            4 => ("bom", "\uFEFF"),
            _ => ("nul", "\0"),
        };
        var contentType = source.Pick<string?>(FuzzRequest.Json, null);
        return new FuzzRequest(FuzzClass.EmptyBody, variant + (contentType is null ? "/no-content-type" : string.Empty), Encoding.UTF8.GetBytes(body), contentType, Chunked: source.Chance(0.3));
    }

    public static FuzzRequest WrongContentType(FuzzSource source)
    {
        var contentType = source.Pick<string?>(
            null, "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/xml", "text/html", "application/octet-stream", "application/jsonp", "json", "application/json+xml",
            "application/json; charset=utf-16", "*/*", ";;;", "APPLICATION/JSON", "application/problem+json");
        var body = source.Pick(0, 1, 2) switch
        {
            0 => FuzzSource.Bytes(source.Message("hulp")),
            1 => Encoding.UTF8.GetBytes("type=message&text=hulp&deliveryMode=expectReplies"),
            _ => Encoding.UTF8.GetBytes("<activity><type>message</type></activity>"),
        };
        return new FuzzRequest(FuzzClass.WrongContentType, contentType ?? "(none)", body, contentType);
    }

    /// <summary>A valid activity with a property written twice, at the top or inside an object the handlers read.</summary>
    private static string DuplicateKeys(FuzzSource source, string valid) => source.Random.Next(4) switch
    {
        0 => valid.Insert(1, "\"type\":\"invoke\","),
        1 => valid.Insert(1, "\"x-extra\":1,\"x-extra\":2,"),
        2 => valid.Insert(1, "\"channelData\":{\"tenant\":{\"id\":\"a\"},\"tenant\":{\"id\":\"b\"}},"),
        _ => valid.Insert(1, "\"value\":{\"verb\":\"help\",\"verb\":\"visit\"},"),
    };

    private static string RandomAscii(FuzzSource source)
    {
        var chars = new char[source.Random.Next(1, 2_000)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)source.Random.Next(1, 128);
        }

        return new string(chars);
    }
}
