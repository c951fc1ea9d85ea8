using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Teams;

/// <summary>
/// The value of a <c>composeExtension/query</c> invoke:
/// <c>{"commandId":"...","parameters":[{"name":"query","value":"..."}],"queryOptions":{"skip":0,"count":25}}</c>.
/// </summary>
/// <param name="CommandId">The manifest command the user runs.</param>
/// <param name="Parameters">The command's parameters as typed.</param>
/// <param name="QueryOptions">The paging Teams asks for, when it sent any.</param>
/// <param name="State">The state a sign-in or configuration flow returned, when any.</param>
public sealed record ComposeExtensionQuery(
    [property: JsonPropertyName("commandId")] string CommandId,
    [property: JsonPropertyName("parameters")] IReadOnlyList<ComposeExtensionParameter> Parameters,
    [property: JsonPropertyName("queryOptions")] ComposeExtensionQueryOptions? QueryOptions = null,
    [property: JsonPropertyName("state")] string? State = null)
{
    /// <summary>The parameter Teams sends (value <c>"true"</c>) for the query it runs as soon as an <c>initialRun</c> command opens.</summary>
    public const string InitialRunParameter = "initialRun";

    /// <summary>True for the query Teams runs when the command opens, before the user typed anything.</summary>
    [JsonIgnore]
    public bool IsInitialRun => Parameters.Any(p => p.Name == InitialRunParameter);

    /// <summary>The value of the parameter called <paramref name="name"/>, or null.</summary>
    public string? ValueOf(string name) => Parameters.FirstOrDefault(p => p.Name == name)?.Value;

    /// <summary>Reads the invoke value; false with a plain reason when it is not a valid query.</summary>
    public static bool TryParse(JsonNode? value, out ComposeExtensionQuery? query, out string? error)
    {
        query = null;
        if (value is not JsonObject root)
        {
            error = "The invoke value must be an object.";
            return false;
        }

        if (!TryGetString(root["commandId"], out var commandId) || string.IsNullOrWhiteSpace(commandId))
        {
            error = "The query has no commandId.";
            return false;
        }

        if (!TryReadParameters(root["parameters"], out var parameters, out error)
            || !TryReadOptions(root["queryOptions"], out var options, out error))
        {
            return false;
        }

        string? state = null;
        if (root["state"] is { } stateNode && !TryGetString(stateNode, out state))
        {
            error = "The query state must be a string.";
            return false;
        }

        query = new ComposeExtensionQuery(commandId!, parameters, options, state);
        return true;
    }

    private static bool TryReadParameters(JsonNode? node, out List<ComposeExtensionParameter> parameters, out string? error)
    {
        parameters = [];
        error = null;
        if (node is null)
        {
            return true;
        }

        if (node is not JsonArray array)
        {
            error = "The query parameters must be an array.";
            return false;
        }

        foreach (var item in array)
        {
            if (item is not JsonObject parameter || !TryGetString(parameter["name"], out var name) || string.IsNullOrEmpty(name))
            {
                error = "Each query parameter must be an object with a name.";
                return false;
            }

            string? text = null;
            if (parameter["value"] is { } valueNode && !TryGetString(valueNode, out text))
            {
                error = $"The value of query parameter '{Shorten(name!)}' must be a string.";
                return false;
            }

            parameters.Add(new ComposeExtensionParameter(name!, text));
        }

        return true;
    }

    private static bool TryReadOptions(JsonNode? node, out ComposeExtensionQueryOptions? options, out string? error)
    {
        options = null;
        error = null;
        if (node is null)
        {
            return true;
        }

        if (node is not JsonObject obj)
        {
            error = "The queryOptions must be an object.";
            return false;
        }

        if (!TryGetCount(obj["skip"], out var skip) || !TryGetCount(obj["count"], out var count))
        {
            error = "The queryOptions skip and count must be whole numbers of zero or more.";
            return false;
        }

        options = new ComposeExtensionQueryOptions(skip, count);
        return true;
    }

    /// <summary>A missing number is 0; anything else must be a non-negative integer.</summary>
    private static bool TryGetCount(JsonNode? node, out int number)
    {
        number = 0;
        return node is null || (node is JsonValue value && value.TryGetValue(out number) && number >= 0);
    }

    private static bool TryGetString(JsonNode? node, out string? text)
    {
        text = null;
        return node is JsonValue value && value.TryGetValue(out text);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40];
}
