using CooperationBot.Host.Cli;
using CooperationBot.Testing;
using CooperationBot.Testing.Knowledge;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Cli;

public sealed class KnowledgeValidateCommandTests : IDisposable
{
    private readonly TempKnowledgeFolder _folder = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Validate_RepositoryFile_Exits0WithTheSourceDamageWarningAndSummary()
    {
        var (code, output, _) = await CliRun.RunAsync("knowledge", "validate", _folder.KnowledgePath);

        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(
            $"{Path.Combine(_folder.Root, "sources", "000_ef273bc0d1f99a1b.txt")}:9:1: warning: damaged characters 'β€œ' (UTF-8 read with the wrong code page); the validator reads them as '“'",
            lines[0]);
        Assert.Matches(@"^.*knowledge\.yaml: 0 errors, 1 warning; \d+ facts?, .*; version [0-9a-f]{12}$", lines[^1]);
    }

    [Fact]
    public async Task Validate_BrokenEdit_Exits1WithFileLineColumn()
    {
        var lines = File.ReadAllLines(_folder.KnowledgePath);
        var line = Array.FindIndex(lines, text => text.TrimStart().StartsWith("paragraph:", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf(':', StringComparison.Ordinal) + 3;
        _folder.ReplaceLine(line, lines[line - 1][..(column - 1)] + "0");

        var (code, output, _) = await CliRun.RunAsync("knowledge", "validate", _folder.KnowledgePath);

        Assert.Equal(1, code);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(_folder.KnowledgePath)}:{line}:{column}: error: \w+\[\d+\]\.source\.paragraph: must be a whole number of 1 or more$", output.Split(Environment.NewLine)[0]);
        Assert.Contains(": 1 error, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ConflictMarkedByTheCurator_PrintsAWarningAndExits0()
    {
        _folder.Replace("  - id: terugkeer-verbeterd\n", "  - id: terugkeer-verbeterd\n    conflicts_with: [terugkeer-125]\n");
        var lines = File.ReadAllLines(_folder.KnowledgePath);
        var line = Array.IndexOf(lines, "    conflicts_with: [terugkeer-125]") + 1;
        var other = Array.IndexOf(lines, "  - id: terugkeer-125") + 1;

        var (code, output, _) = await CliRun.RunAsync("knowledge", "validate", _folder.KnowledgePath);

        Assert.Equal(0, code);
        var printed = output.TrimEnd().Split(Environment.NewLine);
        Assert.Contains(
            $"{_folder.KnowledgePath}:{line}:22: warning: facts[{FactIndex(lines, "terugkeer-verbeterd")}].conflicts_with[0]: conflict marked by the curator: the fact 'terugkeer-verbeterd' contradicts the fact 'terugkeer-125' (line {other}); both are served until one is corrected or superseded",
            printed);
        Assert.Matches(@"^.*knowledge\.yaml: 0 errors, 2 warnings; ", printed[^1]);
    }

    [Fact]
    public async Task Validate_MissingFile_Exits1()
    {
        var (code, output, _) = await CliRun.RunAsync("knowledge", "validate", Path.Combine(_folder.Root, "missing.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("missing.yaml:1:1: error: the knowledge file does not exist", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.yaml", "b.yaml")]
    [InlineData("--verbose")]
    public async Task Validate_BadArguments_Exits2WithUsage(params string[] extra)
    {
        var (code, _, error) = await CliRun.RunAsync(["knowledge", "validate", .. extra]);

        Assert.Equal(2, code);
        Assert.Contains(KnowledgeValidateCommand.UsageLine, error, StringComparison.Ordinal);
    }

    /// <summary>The index of fact <paramref name="id"/> in the file's facts list.</summary>
    private static int FactIndex(string[] lines, string id)
    {
        var facts = lines.SkipWhile(text => text != "facts:").Skip(1).TakeWhile(text => !text.EndsWith(':') || text.StartsWith(' '));
        return facts.Where(text => text.StartsWith("  - id: ", StringComparison.Ordinal)).ToList().IndexOf("  - id: " + id);
    }

    [Fact]
    public void IsCommand_Knowledge_IsACommand()
    {
        Assert.True(CommandLine.IsCommand(["knowledge", "validate"]));
        Assert.Contains("knowledge validate [path]", CommandLine.Usage, StringComparison.Ordinal);
    }
}
