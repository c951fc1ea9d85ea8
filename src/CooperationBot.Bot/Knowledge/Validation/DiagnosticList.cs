using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Collects diagnostics for one knowledge file, placing each at the YAML position of the node it names.</summary>
internal sealed class DiagnosticList(string file, NodePositions positions)
{
    private readonly List<KnowledgeDiagnostic> _items = [];

    public IReadOnlyList<KnowledgeDiagnostic> Items => _items;

    public NodePositions Positions => positions;

    public string File => file;

    /// <summary>An error at the node <paramref name="pointer"/> (or at its key), prefixed with the node's path.</summary>
    public void Error(string pointer, string message, bool atKey = false) =>
        AddAt(pointer, DiagnosticSeverity.Error, message, atKey);

    public void Warning(string pointer, string message) => AddAt(pointer, DiagnosticSeverity.Warning, message, atKey: false);

    public void Note(string pointer, string message) => AddAt(pointer, DiagnosticSeverity.Note, message, atKey: false);

    /// <summary>A diagnostic in another file (a source text) at a known line and column.</summary>
    public void Add(KnowledgeDiagnostic diagnostic) => _items.Add(diagnostic);

    private void AddAt(string pointer, DiagnosticSeverity severity, string message, bool atKey)
    {
        var position = atKey ? positions.KeyAt(pointer) : positions.ValueAt(pointer);
        var path = JsonPointers.ToDisplay(pointer);
        _items.Add(new KnowledgeDiagnostic(file, position.Line, position.Column, severity, path.Length > 0 ? $"{path}: {message}" : message));
    }
}
