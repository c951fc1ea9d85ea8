using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// The JSON Schema of the knowledge file (<c>knowledge/knowledge.schema.json</c>, embedded in this assembly), and
/// validation against it with plain English messages.
/// </summary>
public sealed class KnowledgeSchema
{
    private const string ResourceName = "CooperationBot.Bot.Knowledge.knowledge.schema.json";

    private static readonly Lazy<KnowledgeSchema> Embedded = new(LoadEmbedded);

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    private readonly JsonSchema _schema;
    private readonly SchemaMessages _messages;

    private KnowledgeSchema(string text)
    {
        Text = text;
        var document = JsonNode.Parse(text) ?? throw new InvalidDataException("The knowledge schema holds no JSON.");
        _messages = new SchemaMessages(document);
        _schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>The schema shipped with the bot.</summary>
    public static KnowledgeSchema Default => Embedded.Value;

    /// <summary>The schema's JSON text.</summary>
    public string Text { get; }

    /// <summary>The violations of <paramref name="instance"/>, in document order of their pointers; empty when it is valid.</summary>
    public IReadOnlyList<SchemaProblem> Validate(JsonNode instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var element = JsonSerializer.SerializeToElement(instance);
        var results = _schema.Evaluate(element, Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        var problems = (results.Details ?? []).Prepend(results)
            .Where(node => node.Errors is { Count: > 0 })
            .SelectMany(node => _messages.Describe(node, instance))
            .Distinct()
            .ToList();
        return problems.Count > 0 ? problems : [new SchemaProblem(string.Empty, false, "does not match the knowledge schema")];
    }

    private static KnowledgeSchema LoadEmbedded()
    {
        using var stream = typeof(KnowledgeSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return new KnowledgeSchema(reader.ReadToEnd());
    }
}
