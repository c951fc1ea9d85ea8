using CooperationBot.Bot.Knowledge.Hosting;

namespace CooperationBot.Host.Cli;

/// <summary>Finds the repository's folders (manifest/, knowledge/) from the working directory or the program's folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The first existing <paramref name="relativePath"/> found walking up from the working directory, then from the program's folder.</summary>
    public static string? FindUp(string relativePath) => KnowledgePaths.FindUp(relativePath);
}
