namespace CooperationBot.Host.Cli;

/// <summary>Finds the repository's folders (manifest/, knowledge/) from the working directory or the program's folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The first existing <paramref name="relativePath"/> found walking up from the working directory, then from the program's folder.</summary>
    public static string? FindUp(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate) || Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
