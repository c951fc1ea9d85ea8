using System.Text.Json;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Reports mojibake and U+FFFD in the knowledge file's own text, with the repair.</summary>
internal static class TextDamageRules
{
    public static void Check(JsonNode? node, string pointer, DiagnosticList diagnostics)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, child) in json)
                {
                    Check(child, JsonPointers.Property(pointer, name), diagnostics);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], JsonPointers.Item(pointer, i), diagnostics);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var matches = Mojibake.Find(text);
                if (matches.Count > 0)
                {
                    diagnostics.Error(pointer, Describe(text, matches));
                }

                break;
        }
    }

    private static string Describe(string text, IReadOnlyList<MojibakeMatch> matches)
    {
        var parts = matches
            .Select(match => match.Repaired is null
                ? "U+FFFD marks a character lost in decoding: type it again from the source"
                : $"'{match.Damaged}' should be '{match.Repaired}'")
            .Distinct();
        var message = "damaged characters (UTF-8 read with the wrong code page): " + string.Join("; ", parts);
        return matches.All(match => match.Repaired is not null) ? $"{message}. Repaired: \"{Mojibake.Repair(text)}\"" : message;
    }
}
