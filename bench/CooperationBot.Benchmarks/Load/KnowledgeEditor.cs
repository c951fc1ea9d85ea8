namespace CooperationBot.Benchmarks.Load;

/// <summary>
/// Edits a copy of the knowledge file while the bot serves it, as a curator would, alternating valid and invalid
/// revisions. Valid revision N ends one fact's English text with <c>[soak rev N]</c>; every third edit is invalid (the
/// same fact cites a source that does not exist) and carries <c>[soak broken N]</c>, which must never be served.
/// Each edit replaces the file the way editors save (write a temporary file, then rename it over the old one).
/// </summary>
internal sealed class KnowledgeEditor : IDisposable
{
    /// <summary>The fact whose English text carries the revision marker.</summary>
    public const string FactText = "During their meeting, Van der Burg and Laftit discussed how they can strengthen their cooperation on migration.";

    /// <summary>The question that finds that fact.</summary>
    public const string ProbeQuestion = "What did Van der Burg and Laftit talk about?";

    private const string SourceLine = "      source: jenv-2023-02-21-bezoek-laftit\n      paragraph: 2\n      evidence: \"Tijdens hun ontmoeting";
    private readonly string _original;

    public KnowledgeEditor(string repositoryKnowledgeFolder)
    {
        Folder = Directory.CreateTempSubdirectory("cooperationbot-soak-knowledge-").FullName;
        CopyFolder(repositoryKnowledgeFolder, Folder);
        _original = File.ReadAllText(FilePath);
        if (!_original.Contains(FactText, StringComparison.Ordinal) || !_original.Contains(SourceLine, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The knowledge file no longer holds the fact the soak edits; update KnowledgeEditor.");
        }
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "knowledge.yaml");

    /// <summary>The number of the last edit (0 before the first).</summary>
    public int Revision { get; private set; }

    /// <summary>Whether edit <paramref name="revision"/> is an invalid one.</summary>
    public static bool IsBroken(int revision) => revision % 3 == 0;

    /// <summary>Writes the next revision; returns its number.</summary>
    public int Next()
    {
        var revision = ++Revision;
        var text = IsBroken(revision)
            ? _original
                .Replace(FactText, $"{FactText[..^1]} [soak broken {revision}].", StringComparison.Ordinal)
                .Replace(SourceLine, SourceLine.Replace("jenv-2023-02-21-bezoek-laftit", "no-such-source", StringComparison.Ordinal), StringComparison.Ordinal)
            : _original.Replace(FactText, $"{FactText[..^1]} [soak rev {revision}].", StringComparison.Ordinal);
        var temporary = FilePath + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, FilePath, overwrite: true);
        return revision;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
