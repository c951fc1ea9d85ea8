using System.Text.Json.Nodes;
using CooperationBot.Bot.Storage;
using CooperationBot.Host.Cli;
using CooperationBot.Testing.Storage;
using CooperationBot.Tests.Digests;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CooperationBot.Tests.Cli;

/// <summary><c>knowledge gaps</c> in process on a seeded SQLite store, configured through environment variables.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class KnowledgeGapsCommandTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _database = new();
    private EnvironmentScope _environment = null!;

    public async Task InitializeAsync()
    {
        var store = new SqliteFeedbackStore(Options.Create(new StoreOptions { ConnectionString = _database.ConnectionString }));
        KnowledgeGap[] gaps =
        [
            Asked("Hoeveel laissez-passers gaf Marokko in 2025 af?", "nl", new(2025, 12, 15, 9, 0, 0, TimeSpan.Zero)),
            Asked("Hoeveel laissez-passers gaf Marokko in 2025 af?", "nl", new(2026, 2, 3, 9, 0, 0, TimeSpan.Zero)),
            Asked("How many laissez-passers did Morocco issue in 2025?", "en", new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)),
            Asked("Wat kost een paspoort?", "nl", new(2026, 2, 10, 9, 0, 0, TimeSpan.Zero)),
            new(KnowledgeGapKind.PartlyKnown, "Hoeveel vrouwen keerden terug naar Marokko?", "nl", new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero), [new GapCandidate("terugkeer-125", 0.74)], null, [], "vrouwen"),
            new(KnowledgeGapKind.Unanswered, "Hoeveel vrouwen keerden in 2024 terug naar Marokko?", "nl", new(2026, 2, 21, 9, 0, 0, TimeSpan.Zero), [new GapCandidate("terugkeer-125", 0.2)], null, []),
            new(KnowledgeGapKind.DownVoted, "Wat is een laissez-passer?", "nl", new(2026, 2, 12, 9, 0, 0, TimeSpan.Zero), [], "Te kort", ["laissez-passers", "terugkeer-125"]),
        ];
        foreach (var gap in gaps)
        {
            await store.RecordGapAsync(gap, None);
        }

        _environment = new EnvironmentScope(DigestCliEnvironment.For(_database));
    }

    public Task DisposeAsync()
    {
        _environment.Dispose();
        _database.Dispose();
        return Task.CompletedTask;
    }

    private static KnowledgeGap Asked(string question, string language, DateTimeOffset at) =>
        new(KnowledgeGapKind.Unanswered, question, language, at, [new GapCandidate("laissez-passers", 0.31)], null, []);

    [Fact]
    public async Task KnowledgeGaps_Text_PrintsGroupsMostFrequentFirstWithWhatIsMissingAndDownVotes()
    {
        var (code, output, error) = await CliRun.RunAsync("knowledge", "gaps");

        Assert.True(code == 0, error);
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("6 unanswered questions (1 partly known) in 3 groups; 1 thumbs-down votes on 1 answers", lines);
        var first = lines.FindIndex(l => l.Contains("Hoeveel laissez-passers gaf Marokko in 2025 af?", StringComparison.Ordinal));
        var second = lines.FindIndex(l => l.Contains("Wat kost een paspoort?", StringComparison.Ordinal));
        Assert.InRange(first, 0, second - 1);
        Assert.Matches(@"^\s+3\s+en,nl\s+2025-12-15\s+2026-03-01\s+Hoeveel laissez-passers", lines[first]);
        Assert.Contains(lines, l => l.Trim() == "How many laissez-passers did Morocco issue in 2025?");
        Assert.Contains(lines, l => l.Trim() == "nearest: laissez-passers (0.31)");
        var partly = lines.FindIndex(l => l.Contains("Hoeveel vrouwen keerden", StringComparison.Ordinal));
        Assert.InRange(partly, first + 1, second - 1);
        Assert.Equal(["missing: vrouwen", "nearest: terugkeer-125 (0.74)"], lines.Skip(partly + 2).Take(2).Select(l => l.Trim()));
        Assert.Matches(@"^\s+1\s+2026-02-12\s+2026-02-12\s+laissez-passers$", lines.Single(l => l.EndsWith("  laissez-passers", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Trim() == "comment: \"Te kort\"");
        Assert.Contains(lines, l => l.Trim() == "items: laissez-passers, terugkeer-125");
    }

    [Fact]
    public async Task KnowledgeGaps_JsonSince_PrintsCamelCaseJsonOfTheLaterGaps()
    {
        var (code, output, error) = await CliRun.RunAsync("knowledge", "gaps", "--since", "2026-01-01", "--json");

        Assert.True(code == 0, error);
        var report = JsonNode.Parse(output)!;
        Assert.Equal(5, (int)report["unansweredCount"]!);
        Assert.Equal(1, (int)report["partlyKnownCount"]!);
        Assert.Equal(1, (int)report["downVoteCount"]!);
        Assert.Equal("2026-01-01T00:00:00+00:00", (string?)report["since"]);
        var group = report["unanswered"]![0]!;
        Assert.Equal(2, (int)group["count"]!);
        Assert.Equal("2026-02-03T09:00:00+00:00", (string?)group["firstSeen"]);
        Assert.Equal("laissez-passers", (string?)group["candidates"]![0]!["itemId"]);
        Assert.Empty(group["missing"]!.AsArray());
        var partly = report["unanswered"]![1]!;
        Assert.Equal(2, (int)partly["count"]!);
        Assert.Equal(["vrouwen"], partly["missing"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("terugkeer-125", (string?)partly["candidates"]![0]!["itemId"]);
        Assert.Equal("Te kort", (string?)report["downVoted"]![0]!["comments"]![0]);
    }

    [Theory]
    [InlineData("--since", "01-01-2026")]
    [InlineData("--since", "2026-13-01")]
    [InlineData("--since", "gisteren")]
    public async Task KnowledgeGaps_BadSince_Exits2SayingTheFormat(params string[] args)
    {
        var (code, output, error) = await CliRun.RunAsync(["knowledge", "gaps", .. args]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--since takes a date as yyyy-MM-dd", error, StringComparison.Ordinal);
        Assert.Contains(KnowledgeGapsCommand.UsageLine, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since")]
    [InlineData("--xml")]
    [InlineData("extra")]
    [InlineData("--lang", "nl")]
    public async Task KnowledgeGaps_BadArguments_Exits2WithUsage(params string[] args)
    {
        var (code, output, error) = await CliRun.RunAsync(["knowledge", "gaps", .. args]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(KnowledgeGapsCommand.UsageLine, error, StringComparison.Ordinal);
    }
}
