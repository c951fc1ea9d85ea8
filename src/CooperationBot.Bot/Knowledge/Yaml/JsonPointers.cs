using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CooperationBot.Bot.Knowledge.Yaml;

/// <summary>Small helpers for JSON pointers (RFC 6901) and their readable form <c>facts[3].source.paragraph</c>.</summary>
public static class JsonPointers
{
    /// <summary>The pointer of a property named <paramref name="name"/> under <paramref name="parent"/>.</summary>
    public static string Property(string parent, string name) =>
        parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer of item <paramref name="index"/> (0-based) under <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) => parent + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The parent pointer; the root's parent is the root.</summary>
    public static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? string.Empty : pointer[..slash];
    }

    /// <summary>The node at <paramref name="pointer"/> under <paramref name="root"/>, or null when there is none.</summary>
    public static JsonNode? Navigate(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            var name = Unescape(segment);
            node = node switch
            {
                JsonObject json => json[name],
                JsonArray array when int.TryParse(name, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The readable path: numeric segments as <c>[n]</c>, others joined by dots; the root is empty.</summary>
    public static string ToDisplay(string pointer)
    {
        var text = new StringBuilder();
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = Unescape(raw);
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                text.Append('[').Append(segment).Append(']');
            }
            else
            {
                text.Append(text.Length > 0 ? "." : string.Empty).Append(segment);
            }
        }

        return text.ToString();
    }

    private static string Unescape(string segment) =>
        segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
