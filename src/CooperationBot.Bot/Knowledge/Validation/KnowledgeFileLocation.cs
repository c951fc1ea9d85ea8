namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>The knowledge file's full path and the path shown to the user; resolves source files relative to it.</summary>
public sealed record KnowledgeFileLocation(string FullPath, string DisplayPath)
{
    /// <summary>The full path of <paramref name="relativePath"/> beside the knowledge file.</summary>
    public string Resolve(string relativePath) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(FullPath) ?? string.Empty, relativePath));

    /// <summary><paramref name="relativePath"/> as the user would name it, beside <see cref="DisplayPath"/>.</summary>
    public string Display(string relativePath) =>
        Path.Combine(Path.GetDirectoryName(DisplayPath) ?? string.Empty, relativePath);
}
