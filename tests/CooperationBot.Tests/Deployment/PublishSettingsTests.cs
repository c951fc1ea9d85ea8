using System.Diagnostics;
using System.Text.Json.Nodes;
using CooperationBot.Testing;

namespace CooperationBot.Tests.Deployment;

/// <summary>
/// The publish settings kept for start-up time (docs/benchmarks.md, "Start-up to first answer"): `dotnet publish -c
/// Release` of the host is ReadyToRun, framework-dependent, for linux-x64 (App Service on Linux, the container);
/// `dotnet build` keeps its output folder; the Dockerfile's separate restore restores what that publish needs.
/// Checked on the evaluated project (`dotnet msbuild -getProperty`), which takes seconds, not a publish.
/// </summary>
public sealed class PublishSettingsTests
{
    private static readonly string Root = RepositoryRoot.Directory.FullName;
    private static readonly string Host = Path.Combine(Root, "src", "CooperationBot", "CooperationBot.csproj");

    [Fact]
    public void Publish_Release_IsReadyToRunFrameworkDependentForLinuxX64()
    {
        // `dotnet publish` sets _IsPublishing; the project's publish settings depend on it.
        var properties = Evaluate("-p:_IsPublishing=true");

        Assert.Equal("linux-x64", properties["RuntimeIdentifier"]);
        Assert.Equal("true", properties["PublishReadyToRun"]);
        Assert.Equal("false", properties["SelfContained"]);
    }

    [Fact]
    public void Build_Release_KeepsTheOutputFolderWithoutARuntimeIdentifier()
    {
        var properties = Evaluate();

        Assert.Equal(string.Empty, properties["RuntimeIdentifier"]);
        Assert.NotEqual("true", properties["PublishReadyToRun"]);
        var expected = Path.Combine(Root, "src", "CooperationBot", "bin", "Release", "net10.0", "CooperationBot.dll");
        Assert.Equal(expected, properties["TargetPath"]);
    }

    [Fact]
    public void Dockerfile_RestoreBeforePublishWithoutRestore_RestoresForTheRuntimeAndReadyToRun()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile")).Select(line => line.Trim()).ToList();
        var restore = Assert.Single(lines, line => line.StartsWith("RUN dotnet restore ", StringComparison.Ordinal));
        var publish = Assert.Single(lines, line => line.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        var properties = Evaluate("-p:_IsPublishing=true");

        Assert.Contains("--no-restore", publish, StringComparison.Ordinal);
        Assert.Contains("-c Release", publish, StringComparison.Ordinal);
        Assert.Contains($"-r {properties["RuntimeIdentifier"]}", restore, StringComparison.Ordinal);
        Assert.Contains($"-p:PublishReadyToRun={properties["PublishReadyToRun"]}", restore, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Evaluate(params string[] extra)
    {
        string[] names = ["RuntimeIdentifier", "PublishReadyToRun", "SelfContained", "TargetPath"];
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "msbuild", Host, "-nologo", "-p:Configuration=Release" }
                     .Concat(names.Select(name => "-getProperty:" + name)).Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "dotnet msbuild -getProperty did not finish within 2 minutes.");
        Assert.True(process.ExitCode == 0, $"dotnet msbuild -getProperty failed: {output}{errors.Result}");
        var values = JsonNode.Parse(output)!["Properties"]!.AsObject();
        return names.ToDictionary(name => name, name => values[name]?.GetValue<string>() ?? string.Empty);
    }
}
