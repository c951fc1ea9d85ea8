using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CooperationBot.Testing;

namespace CooperationBot.Tests.Deployment;

/// <summary>
/// The Bicep CLI that restoring this test project downloads from NuGet (Azure.Bicep.CommandLine.linux-x64 at
/// <c>BicepCliVersion</c> in Directory.Packages.props), as tests/infra/bicep.sh uses it. It compiles offline.
/// </summary>
public static class BicepCli
{
    private static readonly string Root = RepositoryRoot.Directory.FullName;

    private static readonly Lazy<JsonObject> MainTemplate = new(() => Build("infra/main.bicep"));

    /// <summary>infra/main.bicep compiled to ARM JSON (compiled once per test run).</summary>
    public static JsonObject Main => MainTemplate.Value;

    /// <summary>The bicep binary in the NuGet packages folder.</summary>
    public static string BinaryPath
    {
        get
        {
            var props = XDocument.Load(Path.Combine(Root, "Directory.Packages.props"));
            var version = props.Descendants("BicepCliVersion").Single().Value.Trim();
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var binary = Path.Combine(packages, "azure.bicep.commandline.linux-x64", version, "tools", "bicep");
            return File.Exists(binary)
                ? binary
                : throw new InvalidOperationException(
                    $"No Bicep CLI at {binary}: restore tests/CooperationBot.Tests (its PackageDownload fetches it).");
        }
    }

    /// <summary>Compiles a .bicep file (relative to the repository) into a temporary folder and parses the JSON.</summary>
    public static JsonObject Build(string relativePath)
    {
        var folder = Directory.CreateTempSubdirectory("cooperationbot-bicep-");
        try
        {
            var output = Path.Combine(folder.FullName, "template.json");
            var start = new ProcessStartInfo(BinaryPath)
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "build", Path.Combine(Root, relativePath), "--outfile", output })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            var messages = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill();
                throw new TimeoutException($"bicep build {relativePath} took longer than 2 minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"bicep build {relativePath} failed ({process.ExitCode}): {messages}{errors.Result}");
            }

            return JsonNode.Parse(File.ReadAllText(output))!.AsObject();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
