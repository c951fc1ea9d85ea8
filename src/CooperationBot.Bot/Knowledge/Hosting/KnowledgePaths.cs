namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>Finds repository files (knowledge/, manifest/) from the working directory upwards, then beside the program.</summary>
public static class KnowledgePaths
{
    /// <summary>The first existing <paramref name="relativePath"/> walking up from the working directory, then from the program's folder; null when none.</summary>
    public static string? FindUp(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
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

    /// <summary>
    /// The full path of the configured knowledge file: a rooted path as it is, otherwise <see cref="FindUp"/>'s answer,
    /// or the path under the working directory when it exists nowhere (so the error names it).
    /// </summary>
    public static string Resolve(string configured)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configured);
        return Path.IsPathRooted(configured) ? configured : FindUp(configured) ?? Path.GetFullPath(configured);
    }
}
