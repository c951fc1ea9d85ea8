using System.Text;
using System.Text.Json.Nodes;

namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>Long strings around the body limit and bodies far over it, with and without Content-Length.</summary>
internal static class SizeCases
{
    private const int Megabyte = 1024 * 1024;

    public static FuzzRequest HugeStrings(FuzzSource source)
    {
        var limit = source.Target.BodyLimitBytes;
        var (size, label) = source.Random.Next(5) switch
        {
            0 => (limit - source.Random.Next(1, 64), "just-under"),
            1 => (limit, "at-limit"),
            2 => (limit + source.Random.Next(1, 64), "just-over"),
            3 => (source.Random.Next(1, 4) * Megabyte, "megabytes"),
            _ => (source.Random.Next(limit / 2, limit), "half-to-limit"),
        };
        var field = source.Pick("text", "value", "name", "id", "locale", "unknownProperty", "channelData");
        var activity = field == "value" ? source.Invoke("adaptiveCard/action", null) : source.Message("hulp");
        var pattern = source.Pick("a", "hoeveel terugkeer ", "\u00e9\u00e8", "<at>x</at> ", "\\\"", "0123456789");
        var body = Padded(activity, field, size, pattern);
        return new FuzzRequest(FuzzClass.HugeStrings, $"{label}:{field}:{size}", body, Chunked: source.Chance(0.25));
    }

    public static FuzzRequest OversizedBody(FuzzSource source)
    {
        var limit = source.Target.BodyLimitBytes;
        var size = source.Pick(limit + 1, limit + 1_024, 2 * limit, source.Random.Next(limit + 1, 4 * Megabyte));
        var chunked = source.Chance(0.5);
        var body = source.Random.Next(3) switch
        {
            0 => Padded(source.Message("hulp"), "text", size, "a"),
            1 => Encoding.ASCII.GetBytes(FuzzSource.Repeat("x", size)),
            _ => Encoding.ASCII.GetBytes("[" + FuzzSource.Repeat("1,", size - 3) + "1]"),
        };
        return new FuzzRequest(FuzzClass.OversizedBody, $"{(chunked ? "chunked" : "content-length")}:{body.Length}", body, Chunked: chunked);
    }

    /// <summary>The activity with <paramref name="field"/> a string of <paramref name="pattern"/> so the body is about <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(JsonObject activity, string field, int size, string pattern)
    {
        var bare = FuzzSource.Splice(activity, field, "\"\"").Length;
        var room = Math.Max(0, size - bare);

        // Escaped characters (\") and non-ASCII take more than one byte each: size the string by its JSON bytes.
        var perChar = Encoding.UTF8.GetByteCount(JsonValue.Create(pattern).ToJsonString()) - 2;
        var text = FuzzSource.Repeat(pattern, room * pattern.Length / Math.Max(1, perChar));
        return FuzzSource.Splice(activity, field, JsonValue.Create(text).ToJsonString());
    }
}
