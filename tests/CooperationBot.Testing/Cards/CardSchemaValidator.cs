using System.Text.Json;
using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using Json.Schema;
using Xunit;

namespace CooperationBot.Testing.Cards;

/// <summary>
/// Validates card JSON against the Adaptive Card 1.5 schema (JSON Schema draft-06) in
/// <c>tests/schemas/adaptive-card-1.5.json</c> (Microsoft's published schema, copied unchanged; see the README there).
/// </summary>
/// <remarks>
/// The published schema forbids unknown properties on the card (<c>additionalProperties: false</c>), so it rejects
/// the Teams-only <c>msteams</c> object. The validator adds exactly that property to the card definition in memory,
/// as <c>{"width":"Full"}</c> and nothing else; every other unknown property is still an error.
/// Formats (<c>uri</c>, <c>uri-reference</c>) are checked too.
/// </remarks>
public static class CardSchemaValidator
{
    private const string TypeMismatchSuffix = "/properties/type";

    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>The schema file; it must exist, or every validation throws.</summary>
    public static string SchemaPath =>
        Path.Combine(RepositoryRoot.Directory.FullName, "tests", "schemas", "adaptive-card-1.5.json");

    /// <summary>The errors of <paramref name="cardJson"/>; empty when the card is valid.</summary>
    public static IReadOnlyList<CardSchemaError> Validate(string cardJson)
    {
        using var document = JsonDocument.Parse(cardJson);
        var results = Schema.Value.Evaluate(document.RootElement, Evaluation);
        return results.IsValid ? [] : SchemaErrors.From(results, TypeMismatchSuffix);
    }

    /// <summary>The errors of the serialized <paramref name="card"/>; empty when the card is valid.</summary>
    public static IReadOnlyList<CardSchemaError> Validate(AdaptiveCard card) => Validate(card.ToJson());

    /// <summary>Fails the test, listing every error, unless <paramref name="cardJson"/> is valid.</summary>
    public static void AssertValid(string cardJson)
    {
        var errors = Validate(cardJson);
        if (errors.Count > 0)
        {
            Assert.Fail($"The card breaks the Adaptive Card 1.5 schema:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    /// <summary>Fails the test, listing every error, unless the serialized <paramref name="card"/> is valid.</summary>
    public static void AssertValid(AdaptiveCard card) => AssertValid(card.ToJson());

    private static JsonSchema LoadSchema()
    {
        var path = SchemaPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Adaptive Card schema is missing: expected {path} (in the repository's tests/schemas).", path);
        }

        var schema = JsonNode.Parse(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no JSON.");
        var cardProperties = schema["definitions"]?["AdaptiveCard"]?["properties"]?.AsObject()
            ?? throw new InvalidDataException($"{path} has no AdaptiveCard definition.");
        cardProperties["msteams"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["width"] = new JsonObject { ["enum"] = new JsonArray("Full") } },
            ["additionalProperties"] = false,
        };

        // The file's "$schema" selects draft-06 as well; naming it keeps the choice visible.
        var options = new BuildOptions { Dialect = Dialect.Draft06, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(schema.ToJsonString(), options);
    }
}
