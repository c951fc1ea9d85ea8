namespace CooperationBot.Testing.Knowledge;

/// <summary>
/// A temporary copy of a knowledge folder (the YAML file and its <c>sources/</c>) that a test may edit line by line;
/// deleted on dispose. Use <see cref="CopyOf"/> with a test data folder or the repository's <c>knowledge/</c>.
/// </summary>
public sealed class TempKnowledgeFolder : IDisposable
{
    private TempKnowledgeFolder(string root, string fileName)
    {
        Root = root;
        KnowledgePath = Path.Combine(root, fileName);
    }

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>The knowledge file in the folder.</summary>
    public string KnowledgePath { get; }

    /// <summary>Copies every file under <paramref name="folder"/> into a new temporary folder.</summary>
    public static TempKnowledgeFolder CopyOf(string folder, string fileName = "knowledge.yaml")
    {
        var root = Directory.CreateTempSubdirectory("cooperationbot-knowledge-").FullName;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new TempKnowledgeFolder(root, fileName);
    }

    /// <summary>The knowledge file's text.</summary>
    public string Read() => File.ReadAllText(KnowledgePath);

    /// <summary>Overwrites the knowledge file.</summary>
    public void Write(string text) => File.WriteAllText(KnowledgePath, text);

    /// <summary>Replaces 1-based line <paramref name="line"/> of the knowledge file, keeping every other line number.</summary>
    public void ReplaceLine(int line, string text)
    {
        var lines = File.ReadAllLines(KnowledgePath);
        if (line < 1 || line > lines.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, $"The file has {lines.Length} lines.");
        }

        lines[line - 1] = text;
        File.WriteAllText(KnowledgePath, string.Join('\n', lines) + "\n");
    }

    /// <summary>Replaces the only occurrence of <paramref name="oldText"/> in the knowledge file.</summary>
    public void Replace(string oldText, string newText)
    {
        var text = Read();
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        if (index < 0 || text.IndexOf(oldText, index + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{oldText}' does not occur exactly once in {KnowledgePath}.", nameof(oldText));
        }

        Write(text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the system later.
        }
    }
}
