using System.Text.Json.Nodes;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>The checks beyond the schema: text damage, unique ids, references, knowledge that changes over time, and the source texts.</summary>
internal static class KnowledgeValidator
{
    /// <summary>Checks the file's own text for damage (possible before the schema is met).</summary>
    public static void CheckText(JsonNode root, DiagnosticList diagnostics) =>
        TextDamageRules.Check(root, string.Empty, diagnostics);

    /// <summary>Checks ids, references, supersedes cycles, series, conflicts (warnings), drafts and sources; returns the full paths of the source files named.</summary>
    public static IReadOnlyList<string> CheckKnowledge(KnowledgeBase knowledge, JsonNode root, KnowledgeFileLocation location, DiagnosticList diagnostics)
    {
        ReferenceRules.Check(knowledge, diagnostics);
        SupersedesRules.Check(knowledge, diagnostics);
        SeriesRules.Check(knowledge, diagnostics);
        ConflictRules.Check(knowledge, diagnostics);
        DraftRules.Check(knowledge, root, diagnostics);
        return EvidenceRules.Check(knowledge, location, diagnostics);
    }

    /// <summary>Places schema problems at their YAML nodes.</summary>
    public static void Report(IEnumerable<SchemaProblem> problems, DiagnosticList diagnostics)
    {
        foreach (var problem in problems)
        {
            var position = problem.AtKey ? diagnostics.Positions.KeyAt(problem.Pointer) : diagnostics.Positions.ValueAt(problem.Pointer);
            diagnostics.Add(new KnowledgeDiagnostic(diagnostics.File, position.Line, position.Column, DiagnosticSeverity.Error, problem.Message));
        }
    }
}
