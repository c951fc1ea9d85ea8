namespace CooperationBot.Testing;

/// <summary>
/// Finds the repository root (the folder holding CooperationBot.sln) by walking up from the test output folder,
/// without absolute paths. Everything the tests read is inside it.
/// </summary>
public static class RepositoryRoot
{
    private const string SolutionFileName = "CooperationBot.sln";

    private static readonly Lazy<DirectoryInfo> Root = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static DirectoryInfo Directory => Root.Value;

    private static DirectoryInfo FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} contains {SolutionFileName}; run the tests from inside the repository.");
    }
}
