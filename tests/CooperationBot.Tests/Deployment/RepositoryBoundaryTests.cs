using System.Text;
using System.Text.RegularExpressions;
using CooperationBot.Testing;

namespace CooperationBot.Tests.Deployment;

/// <summary>
/// The repository builds and passes its tests on its own, cloned into an empty folder: no code, test, benchmark, CI
/// script, build file, infrastructure template (infra/) or Agents Toolkit file (m365agents.yml, env/) refers to a
/// folder beside the repository (a sibling <c>shared</c> folder), to a folder of a particular machine, or, in a build
/// file, script, Bicep file or m365agents.yml, to a relative path that climbs out of the repository.
/// </summary>
/// <remarks>
/// This file is scanned too. It never spells out what it looks for: the patterns are regular expressions that do
/// not match their own text, and the planted references below are joined from parts.
/// </remarks>
public sealed partial class RepositoryBoundaryTests
{
    private const string Up = "..";

    private static readonly string Root = RepositoryRoot.Directory.FullName.TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>The folders scanned whole; besides them, every file at the top level except the Markdown.</summary>
    private static readonly string[] Folders = ["src", "tests", "bench", ".ci", "infra", "env"];

    /// <summary>Folders of generated output (all in .gitignore): what a build, a test run or npm writes.</summary>
    private static readonly HashSet<string> GeneratedFolders =
        new(["bin", "obj", "node_modules", "TestResults", "artifacts", "devTools", ".data", ".vs"], StringComparer.Ordinal);

    [Fact]
    public void Files_InTheRepository_ReferToNothingOutsideIt()
    {
        var violations = ScannedFiles()
            .SelectMany(path => Violations(RelativePath(path), ReadText(path)))
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void ScannedFiles_CoverTheBuildFilesAndEveryFolder()
    {
        var scanned = ScannedFiles().Select(RelativePath).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Directory.Packages.props", scanned);
        Assert.Contains("Dockerfile", scanned);
        Assert.Contains("CooperationBot.sln", scanned);
        Assert.Contains(".ci/run", scanned);
        Assert.Contains("tests/run-all.sh", scanned);
        Assert.Contains("tests/e2e/lib/paths.mjs", scanned);
        Assert.Contains("tests/CooperationBot.Testing/RepositoryRoot.cs", scanned);
        Assert.Contains("tests/CooperationBot.Tests/Deployment/RepositoryBoundaryTests.cs", scanned);
        Assert.Contains("bench/startup.sh", scanned);
        Assert.Contains("infra/main.bicep", scanned);
        Assert.Contains("infra/modules/keyVault.bicep", scanned);
        Assert.Contains("infra/main.parameters.json", scanned);
        Assert.Contains("infra/bicepconfig.json", scanned);
        Assert.Contains("env/.env.dev", scanned);
        Assert.Contains("m365agents.yml", scanned);
        Assert.DoesNotContain("README.md", scanned);
        Assert.DoesNotContain(scanned, path => path.Contains("/node_modules/", StringComparison.Ordinal) || path.Contains("/bin/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tests/CooperationBot.Testing/Cards/CardSchemaValidator.cs", "File.ReadAllText(\"" + Up + "/shared/schemas/card.json\")")]
    [InlineData("tests/CooperationBot.Testing/RepositoryRoot.cs", "Path.Combine(root, \"" + Up + "\", \"shared\", \"sources\")")]
    [InlineData("tests/e2e/lib/paths.mjs", "const schema = join(repoRoot, '" + Up + "', 'shared', 'schemas');")]
    [InlineData("src/CooperationBot/CooperationBot.csproj", "<None Include=\"" + Up + "\\" + Up + "\\" + Up + "\\shared\\x.json\" />")]
    [InlineData("Directory.Packages.props", "<!-- Versions from " + Up + "/shared/docs/packages.md -->")]
    [InlineData("tests/run-all.sh", "cp /wo" + "rk/shared/schemas/card.json tests/")]
    [InlineData("bench/startup.sh", "dll=/ho" + "me/someone/bot/CooperationBot.dll")]
    [InlineData("Directory.Build.props", "<Import Project=\"" + Up + "/common.props\" />")]
    [InlineData("src/CooperationBot.Bot/CooperationBot.Bot.csproj", "<EmbeddedResource Include=\"" + Up + "\\" + Up + "\\" + Up + "\\knowledge\\x.json\" />")]
    [InlineData("src/CooperationBot.Bot/CooperationBot.Bot.csproj", "<Import Project=\"$(MSBuildThisFileDirectory)" + Up + "/" + Up + "/" + Up + "/x.targets\" />")]
    [InlineData("Dockerfile", "COPY " + Up + "/schemas/ schemas/")]
    [InlineData("tests/run-all.sh", "bash " + Up + "/tools/setup.sh")]
    [InlineData("infra/main.bicep", "var schema = loadTextContent('" + Up + "/" + Up + "/shared/schemas/card.json')")]
    [InlineData("m365agents.yml", "      parameters: " + Up + "/shared/infra/main.parameters.json")]
    [InlineData("env/.env.dev", "KNOWLEDGE_PATH=/ho" + "me/someone/knowledge")]
    [InlineData("infra/main.bicep", "value: 'Data Source=/ho" + "me/someone/data/cooperationbot.db'")]
    [InlineData("infra/modules/webApp.bicep", "module outside '" + Up + "/" + Up + "/" + Up + "/modules/outside.bicep' = {")]
    [InlineData("m365agents.yml", "        - path: " + Up + "/infra/main.bicep")]
    public void Violations_PlantedReference_Reported(string path, string line)
    {
        var violations = Violations(path, $"first line\n{line}\nlast line\n");

        var violation = Assert.Single(violations);
        Assert.StartsWith($"{path}:2: ", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("src/CooperationBot/CooperationBot.csproj", "<Content Include=\"" + Up + "\\" + Up + "\\knowledge\\**\" LinkBase=\"knowledge\" />")]
    [InlineData("tests/CooperationBot.Tests/CooperationBot.Tests.csproj", "<ProjectReference Include=\"" + Up + "\\CooperationBot.Testing\\CooperationBot.Testing.csproj\" />")]
    [InlineData(".ci/run", "cd \"$(dirname \"$0\")/" + Up + "\"")]
    [InlineData("tests/run-all.sh", "root=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/" + Up + "\" && pwd)\"")]
    [InlineData("tests/e2e/lib/paths.mjs", "export const repoRoot = resolve(e2eDir, '" + Up + "', '" + Up + "');")]
    [InlineData("tests/CooperationBot.Tests/Security/HostileActivityTests.cs", "[InlineData(\"" + Up + "/" + Up + "/etc/passwd\")]")]
    [InlineData("bench/CooperationBot.Benchmarks/Fuzz/TextCases.cs", "\"" + Up + "/" + Up + "/" + Up + "/" + Up + "/etc/passwd\",")]
    [InlineData("src/CooperationBot.Bot/Digests/Delivery/Log.cs", "Message = \"Send budget shared by {Instances} live instance(s)\"")]
    [InlineData("tests/e2e/lib/bot.mjs", "// e.g. \"node /tmp/stub.mjs\" or https://example.org/wo" + "rk/shared/x")]
    [InlineData("tests/run-all.sh", "if [ ! -x /usr/bin/chromium ]; then")]
    [InlineData("infra/main.bicep", "module identity 'modules/identity.bicep' = {")]
    [InlineData("infra/main.bicep", "value: usePostgres ? postgres!.outputs.connectionString : 'Data Source=/ho" + "me/data/cooperationbot.db'")]
    [InlineData("infra/modules/webApp.bicep", "module shared '" + Up + "/modules/identity.bicep' = {")]
    [InlineData("m365agents.yml", "        - path: ./infra/main.bicep")]
    public void Violations_PathsThatStayInside_NoneReported(string path, string line)
    {
        Assert.Empty(Violations(path, line));
    }

    /// <summary>What <paramref name="text"/> of the file at <paramref name="path"/> refers to outside the repository.</summary>
    private static IEnumerable<string> Violations(string path, string text)
    {
        var buildFile = IsBuildFile(path);
        var lines = text.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            if (SiblingSharedFolder().Match(line) is { Success: true } sibling)
            {
                yield return $"{path}:{number}: refers to the folder beside the repository ({sibling.Value})";
            }
            else if (MachineFolder().Match(line) is { Success: true } machine)
            {
                yield return $"{path}:{number}: refers to a folder of one machine ({machine.Value})";
            }
            else if (buildFile && ClimbingPaths(path, line).FirstOrDefault() is { } climbing)
            {
                yield return $"{path}:{number}: a relative path climbs out of the repository ({climbing})";
            }
        }
    }

    /// <summary>
    /// The relative paths in a line of a build file or script that lead out of the repository. MSBuild resolves them
    /// from the file's folder; a script may use them after <c>cd</c> to the repository root, so both must stay inside.
    /// </summary>
    private static IEnumerable<string> ClimbingPaths(string path, string line)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Root, path))!;
        var bases = IsScript(path) ? new[] { folder, Root } : [folder];
        foreach (Match match in UpwardPath().Matches(line))
        {
            var relative = match.Groups["path"].Value.Replace('\\', '/');
            if (bases.Any(start => !IsInside(Path.GetFullPath(Path.Combine(start, relative)))))
            {
                yield return match.Value;
            }
        }
    }

    private static bool IsInside(string fullPath) =>
        fullPath.TrimEnd(Path.DirectorySeparatorChar) == Root
        || fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsBuildFile(string path)
    {
        var name = Path.GetFileName(path);
        return IsScript(path)
            || name is "Dockerfile" or ".dockerignore" or "package.json"
            || name == "m365agents.yml"
            || Path.GetExtension(name) is ".csproj" or ".props" or ".targets" or ".sln" or ".bicep";
    }

    private static bool IsScript(string path) => path.EndsWith(".sh", StringComparison.Ordinal) || path == ".ci/run";

    /// <summary>
    /// The files that make up the product and its checks: all of <see cref="Folders"/> but generated output and
    /// logs, and the top-level files (build files, configuration) but the Markdown documentation and, in a git
    /// worktree, the <c>.git</c> file (git's own pointer to the repository it belongs to, not part of the tree).
    /// </summary>
    private static IEnumerable<string> ScannedFiles()
    {
        var topLevel = Directory.EnumerateFiles(Root)
            .Where(path => !path.EndsWith(".md", StringComparison.Ordinal) && Path.GetFileName(path) != ".git");
        var inFolders = Folders
            .Select(folder => Path.Combine(Root, folder))
            .Where(Directory.Exists)
            .SelectMany(FilesBelow);
        return topLevel.Concat(inFolders)
            .Where(path => !path.EndsWith(".log", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> FilesBelow(string folder) =>
        Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
            .Where(child => !GeneratedFolders.Contains(Path.GetFileName(child)))
            .SelectMany(FilesBelow));

    /// <summary>The file's text; empty for a binary file (one with a NUL byte), which refers to no path.</summary>
    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Array.IndexOf(bytes, (byte)0) >= 0 ? string.Empty : Encoding.UTF8.GetString(bytes);
    }

    private static string RelativePath(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>
    /// A folder named shared one step above: written as one path (either separator, doubled backslashes in a C#
    /// string too) or as two quoted parts of a path join, the step up and the name (in either kind of quotes).
    /// </summary>
    [GeneratedRegex("""\.\.(?:[/\\]+|["']\s*,\s*["'])shared\b""")]
    private static partial Regex SiblingSharedFolder();

    /// <summary>
    /// An absolute path into a machine's work or home folders, at the start of a path (not inside a URL, nor after a
    /// variable such as <c>$HOME</c> or <c>${HOME}</c>). App Service's persistent storage on Linux, the data and site
    /// folders under home, is the platform's, the same on every instance, and allowed (infra/ puts the SQLite file there).
    /// </summary>
    [GeneratedRegex("""(?<![\w.~/$})-])/(?:work/|home/(?!(?:data|site)/)|Users/)""")]
    private static partial Regex MachineFolder();

    /// <summary>
    /// A relative path that starts by going up, where a path starts (or right after MSBuild's folder of the file);
    /// what follows it up to a quote, space, separator or wildcard.
    /// </summary>
    [GeneratedRegex("""(?:(?<![\w.$)/\\-])|(?<=\$\(MSBuild(?:ThisFile|Project)Directory\)))(?<path>(?:\.\.[/\\]+)+[^\s"'<>;|&*$]*)""")]
    private static partial Regex UpwardPath();
}
