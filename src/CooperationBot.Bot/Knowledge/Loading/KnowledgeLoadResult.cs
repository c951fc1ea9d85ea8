using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Validation;

namespace CooperationBot.Bot.Knowledge.Loading;

/// <summary>The outcome of loading a knowledge file: the knowledge (when it could be read), every diagnostic, and the version.</summary>
/// <param name="Location">The file loaded.</param>
/// <param name="Knowledge">The knowledge, when the file met the schema (it may still have errors: see <see cref="IsValid"/>).</param>
/// <param name="Diagnostics">Errors, warnings and notes (one per draft), in file order.</param>
/// <param name="Version">The first 12 hex digits of the SHA-256 of the file and its source texts.</param>
/// <param name="Files">The full paths of the knowledge file and the source texts it names: the files to watch.</param>
public sealed record KnowledgeLoadResult(
    KnowledgeFileLocation Location,
    KnowledgeBase? Knowledge,
    IReadOnlyList<KnowledgeDiagnostic> Diagnostics,
    string Version,
    IReadOnlyList<string> Files)
{
    public int ErrorCount => Diagnostics.Count(diagnostic => diagnostic.IsError);

    public int WarningCount => Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);

    /// <summary>The items with status <c>draft</c>: validated, never served.</summary>
    public int DraftCount => Knowledge is null ? 0 : KnowledgeDrafts.Items(Knowledge).Count(entry => entry.Item.IsDraft());

    /// <summary>True when the knowledge was read and no error was found: it may be served.</summary>
    public bool IsValid => Knowledge is not null && ErrorCount == 0;
}
