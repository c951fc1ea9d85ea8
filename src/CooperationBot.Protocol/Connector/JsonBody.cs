using System.Text.Json;

namespace CooperationBot.Protocol.Connector;

/// <summary>Lenient reads of single values from a response body that may be empty or not JSON at all.</summary>
internal static class JsonBody
{
    /// <summary>The value at <paramref name="path"/> (object properties), or null when absent or unreadable.</summary>
    public static JsonElement? Read(string json, params string[] path)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var current = document.RootElement;
            foreach (var name in path)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                {
                    return null;
                }
            }

            return current.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The string at <paramref name="path"/>, or null.</summary>
    public static string? ReadString(string json, params string[] path) =>
        Read(json, path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
