using System.Text.RegularExpressions;
using System.Xml.Linq;
using CooperationBot.Testing;

namespace CooperationBot.Tests.Deployment;

/// <summary>
/// The Dockerfile cannot be built here (no Docker engine), so these tests check what can go stale without a build:
/// every path it copies exists, and its restore step sees every project the host depends on.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Root = RepositoryRoot.Directory.FullName;

    [Fact]
    public void Copy_EverySourcePath_ExistsInTheRepository()
    {
        var sources = CopyInstructions().SelectMany(parts => parts[..^1]).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)),
            $"The Dockerfile copies '{source}', which is not in the repository."));
    }

    [Fact]
    public void Restore_ProjectFilesCopied_CoverTheHostAndEveryProjectItReferences()
    {
        var copied = CopyInstructions().SelectMany(parts => parts[..^1]).Where(p => p.EndsWith(".csproj", StringComparison.Ordinal)).ToHashSet();

        var needed = ProjectClosure("src/CooperationBot/CooperationBot.csproj");

        Assert.Equal(needed.Order(StringComparer.Ordinal), copied.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Runtime_Stage_RunsAsNonRootInProductionOnPort8080()
    {
        var text = File.ReadAllText(Path.Combine(Root, "Dockerfile"));

        Assert.Contains("USER $APP_UID", text, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", text, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", text, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"CooperationBot.dll\"]", text, StringComparison.Ordinal);
    }

    private static List<string[]> CopyInstructions() =>
        [.. File.ReadAllLines(Path.Combine(Root, "Dockerfile"))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from=", StringComparison.Ordinal))
            .Select(line => Spaces().Split(line)[1..])];

    private static HashSet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!found.Add(current))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(Path.Combine(Root, current))!;
            foreach (var reference in XDocument.Load(Path.Combine(Root, current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(Root, full).Replace('\\', '/'));
            }
        }

        return found;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
