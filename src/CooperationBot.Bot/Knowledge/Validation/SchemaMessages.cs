using System.Globalization;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Knowledge.Yaml;
using Json.Schema;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// Turns JSON Schema evaluation errors into messages a curator understands, reading what the failing
/// subschema asked for (its type, pattern, minimum...) from the schema document.
/// </summary>
internal sealed class SchemaMessages(JsonNode schema)
{
    private const string IdPattern = "^[a-z0-9][a-z0-9-]*$";
    private const string IdMessage = "must be an id: lower-case letters, digits and hyphens, starting with a letter or digit";
    private const string DateMessage = "must be a date written YYYY-MM-DD";

    public IEnumerable<SchemaProblem> Describe(EvaluationResults node, JsonNode instance)
    {
        var pointer = node.InstanceLocation.ToString();
        var subschema = Resolve(node.SchemaLocation);
        foreach (var keyword in node.Errors!.Keys)
        {
            if (keyword.Length == 0 || node.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal))
            {
                yield return UnknownKey(pointer, node);
                continue;
            }

            if (keyword == "required")
            {
                foreach (var missing in Missing(subschema, JsonPointers.Navigate(instance, pointer)))
                {
                    yield return new SchemaProblem(pointer, false, Prefix(pointer) + $"'{missing}' is missing");
                }

                continue;
            }

            yield return new SchemaProblem(pointer, false, Prefix(pointer) + Expectation(keyword, subschema));
        }
    }

    private SchemaProblem UnknownKey(string pointer, EvaluationResults node)
    {
        var name = JsonPointers.ToDisplay("/" + pointer[(pointer.LastIndexOf('/') + 1)..]);
        var owner = Resolve(node.SchemaLocation, upTo: "/additionalProperties");
        var known = (Get(owner, "properties") as JsonObject)?.Select(property => property.Key) ?? [];
        return new SchemaProblem(pointer, true, Prefix(pointer) + $"'{name}' is not a known key here (known: {string.Join(", ", known)})");
    }

    private static string Expectation(string keyword, JsonNode? subschema)
    {
        var type = (string?)Get(subschema, "type");
        var pattern = (string?)Get(subschema, "pattern");
        if (pattern == IdPattern)
        {
            return IdMessage;
        }

        if ((string?)Get(subschema, "format") == "date")
        {
            return DateMessage;
        }

        return keyword switch
        {
            "const" => $"must be {Get(subschema, "const")?.ToJsonString()}",
            "enum" => $"must be one of: {string.Join(", ", (Get(subschema, "enum") as JsonArray ?? []).Select(value => value?.ToString()))}",
            "format" => "must be a full web address such as https://www.example.org/page",
            "minLength" or "minProperties" => "must not be empty",
            "minItems" => $"must list at least {Get(subschema, "minItems")} item",
            "pattern" => $"must match the pattern {pattern}",
            _ => TypeExpectation(type, subschema),
        };
    }

    private static string TypeExpectation(string? type, JsonNode? subschema)
    {
        var minimum = Get(subschema, "minimum")?.GetValue<decimal>();
        var maximum = Get(subschema, "maximum")?.GetValue<decimal>();
        var range = (minimum, maximum) switch
        {
            ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $" from {low} to {high}"),
            ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $" of {low} or more"),
            _ => string.Empty,
        };
        return type switch
        {
            "integer" => "must be a whole number" + range,
            "number" => "must be a number" + range,
            "string" => "must be text",
            "array" => "must be a list (lines starting with '- ')",
            "object" => (Get(subschema, "required") as JsonArray) is { Count: > 0 } required
                ? $"must be a mapping with the keys {string.Join(", ", required)}"
                : "must be a mapping of keys and values",
            _ => "does not match the knowledge schema",
        };
    }

    private static IEnumerable<string> Missing(JsonNode? subschema, JsonNode? value) =>
        (Get(subschema, "required") as JsonArray ?? [])
            .Select(name => (string)name!)
            .Where(name => value is not JsonObject json || !json.ContainsKey(name));

    private static string Prefix(string pointer) =>
        pointer.Length == 0 ? string.Empty : JsonPointers.ToDisplay(pointer) + ": ";

    /// <summary>The subschema at <paramref name="location"/>'s fragment, cut before <paramref name="upTo"/> when given.</summary>
    private JsonNode? Resolve(Uri location, string? upTo = null)
    {
        var fragment = Uri.UnescapeDataString(location.Fragment.TrimStart('#'));
        var cut = upTo is null ? -1 : fragment.LastIndexOf(upTo, StringComparison.Ordinal);
        return JsonPointers.Navigate(schema, cut >= 0 ? fragment[..cut] : fragment);
    }

    private static JsonNode? Get(JsonNode? node, string key) => (node as JsonObject)?[key];
}
