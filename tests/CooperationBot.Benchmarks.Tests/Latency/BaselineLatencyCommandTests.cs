using System.Text.Json;

namespace CooperationBot.Benchmarks.Tests.Latency;

/// <summary>
/// <c>latency --baseline lucene</c> with small numbers: real child processes for both sides, alternating per round,
/// one JSON object per size. No timing asserts (the figures are for docs/benchmarks.md).
/// </summary>
public sealed class BaselineLatencyCommandTests
{
    [Fact]
    public void Run_JsonTwoRounds_OneObjectWithBothSidesAndTheirRatios()
    {
        using var output = new StringWriter();
        using var log = new StringWriter();

        var exitCode = LatencyCommand.Run(["200", "--baseline", "lucene", "--rounds", "2", "--questions", "100", "--in-memory", "--json"], output, log);

        Assert.True(exitCode == 0, log.ToString());
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var json = JsonDocument.Parse(line).RootElement;
        Assert.Equal(200, json.GetProperty("items").GetInt32());
        Assert.Equal(2, json.GetProperty("rounds").GetInt32());
        foreach (var side in new[] { "pipeline", "baseline" })
        {
            foreach (var figure in new[] { "p50Ms", "p99Ms", "buildMs", "heapMb" })
            {
                Assert.True(json.GetProperty(side).GetProperty(figure).GetDouble() > 0, $"{side}.{figure} is not positive: {line}");
            }
        }

        foreach (var (ratio, figure) in new[] { ("p50", "p50Ms"), ("p99", "p99Ms"), ("build", "buildMs") })
        {
            var expected = json.GetProperty("pipeline").GetProperty(figure).GetDouble() / json.GetProperty("baseline").GetProperty(figure).GetDouble();
            Assert.Equal(expected, json.GetProperty("ratio").GetProperty(ratio).GetDouble(), 0.001 * expected);
        }

        var rounds = log.ToString().Split('\n').Where(l => l.StartsWith("round ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]);
        Assert.Equal(["round 1 pipeline", "round 1 baseline", "round 2 baseline", "round 2 pipeline"], rounds);
        Assert.Contains("load average at start: ", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("load average at end: ", log.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--baseline solr", "--baseline must be 'lucene', got 'solr'")]
    [InlineData("1000 --baseline lucene --rounds 0", "--rounds must be a positive whole number, got '0'")]
    [InlineData("ten --baseline lucene", "a size must be a positive whole number, got 'ten'")]
    [InlineData("1000 --baseline", "--baseline must be 'lucene', got ''")]
    [InlineData("1000 --json", "--rounds and --json go with --baseline lucene")]
    public void Run_BadArguments_ExitCodeTwoAndOneLine(string args, string message)
    {
        using var output = new StringWriter();
        using var log = new StringWriter();

        var exitCode = LatencyCommand.Run(args.Split(' '), output, log);

        Assert.Equal(2, exitCode);
        Assert.Equal($"latency: {message}{Environment.NewLine}", log.ToString());
        Assert.Empty(output.ToString());
    }
}
