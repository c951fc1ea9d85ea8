using System.Text;
using System.Text.Json;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Validation;
using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Knowledge.Loading;

/// <summary>
/// Loads a knowledge file: YAML (with line:column for every node), the JSON Schema, the model, then the checks
/// against ids, references and the source texts. Never throws for a bad file: everything wrong is a diagnostic.
/// </summary>
public sealed class KnowledgeFileLoader(KnowledgeSchema schema)
{
    public KnowledgeFileLoader()
        : this(KnowledgeSchema.Default)
    {
    }

    /// <summary>Loads <paramref name="path"/>; diagnostics name the file as <paramref name="displayPath"/> (the default is <paramref name="path"/>).</summary>
    public KnowledgeLoadResult Load(string path, string? displayPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var location = new KnowledgeFileLocation(Path.GetFullPath(path), displayPath ?? path);
        string text;
        try
        {
            text = new UTF8Encoding(false).GetString(File.ReadAllBytes(location.FullPath)).TrimStart('\uFEFF');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var message = exception is FileNotFoundException or DirectoryNotFoundException
                ? $"the knowledge file does not exist (looked for {location.FullPath})"
                : $"the knowledge file cannot be read: {exception.Message}";
            return Fail(location, new KnowledgeDiagnostic(location.DisplayPath, 1, 1, DiagnosticSeverity.Error, message));
        }

        YamlJsonDocument document;
        try
        {
            document = YamlJsonReader.Read(text);
        }
        catch (YamlJsonException exception)
        {
            return Fail(location, new KnowledgeDiagnostic(location.DisplayPath, exception.Position.Line, exception.Position.Column, DiagnosticSeverity.Error, exception.Message));
        }

        return Check(location, document);
    }

    private KnowledgeLoadResult Check(KnowledgeFileLocation location, YamlJsonDocument document)
    {
        var diagnostics = new DiagnosticList(location.DisplayPath, document.Positions);
        KnowledgeValidator.CheckText(document.Root, diagnostics);
        var problems = schema.Validate(document.Root);
        KnowledgeValidator.Report(problems, diagnostics);
        KnowledgeBase? knowledge = null;
        IReadOnlyList<string> sourceFiles = [];
        if (problems.Count == 0)
        {
            try
            {
                knowledge = document.Root.Deserialize<KnowledgeBase>(KnowledgeJson.Options);
            }
            catch (JsonException exception)
            {
                diagnostics.Error(string.Empty, "the file cannot be read as knowledge: " + exception.Message);
            }
        }

        if (knowledge is not null)
        {
            sourceFiles = KnowledgeValidator.CheckKnowledge(knowledge, document.Root, location, diagnostics);
        }

        var files = sourceFiles.Prepend(location.FullPath).Distinct(StringComparer.Ordinal).ToList();
        var ordered = diagnostics.Items
            .OrderBy(diagnostic => diagnostic.File != location.DisplayPath)
            .ThenBy(diagnostic => diagnostic.File, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ToList();
        return new KnowledgeLoadResult(location, knowledge, ordered, KnowledgeFingerprint.Compute(files), files);
    }

    private static KnowledgeLoadResult Fail(KnowledgeFileLocation location, KnowledgeDiagnostic diagnostic) =>
        new(location, null, [diagnostic], KnowledgeFingerprint.Compute([location.FullPath]), [location.FullPath]);
}
