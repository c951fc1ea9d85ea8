namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>How serious a <see cref="KnowledgeDiagnostic"/> is: errors reject the file, warnings are only reported, notes inform (a draft waiting for review).</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
    Note,
}
