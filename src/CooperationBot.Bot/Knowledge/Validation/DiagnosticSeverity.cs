namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>How serious a <see cref="KnowledgeDiagnostic"/> is: errors reject the file, warnings are only reported.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}
