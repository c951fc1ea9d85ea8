namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>One problem found in the knowledge file or a source text, at a 1-based line and column.</summary>
/// <param name="File">The file as the user named it (the knowledge file, or a source text for its own damage).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Severity">Error (the file is rejected), warning (reported only) or note (a draft listed).</param>
/// <param name="Message">A plain English message, starting with the item's path where there is one (<c>facts[3].source.paragraph: ...</c>).</param>
public sealed record KnowledgeDiagnostic(string File, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic as a compiler would print it: <c>file:line:column: error|warning|note: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
