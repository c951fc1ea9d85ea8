using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace CooperationBot.Benchmarks;

/// <summary>
/// <c>latency [items...] --baseline lucene [--rounds R] [--json] [--questions N] [--in-memory]</c>: per size R rounds,
/// each one child process for the pipeline and one for plain Lucene (<see cref="LuceneBaseline"/>), in alternating
/// order so that machine noise hits both; prints per round and side p50, p99, build, warm build, heap and answered
/// share, then the medians per side and the ratios pipeline/baseline (each child's figures also on the log as it
/// ends). With <c>--json</c>: one <see cref="BaselineSummary"/> per size and line on the output, everything else on
/// the log.
/// </summary>
internal static class BaselineLatencyCommand
{
    /// <summary>The order of the sides in a round (from 1): the pipeline first in odd rounds, the baseline first in even ones.</summary>
    public static IReadOnlyList<string> Order(int round) =>
        round % 2 == 1 ? [LatencySide.Pipeline, LatencySide.Baseline] : [LatencySide.Baseline, LatencySide.Pipeline];

    public static int Run(LatencyArguments arguments, TextWriter output, TextWriter log)
    {
        var text = arguments.Json ? log : output;
        foreach (var size in arguments.Sizes)
        {
            text.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size:N0} items, {arguments.Rounds} round{(arguments.Rounds == 1 ? string.Empty : "s")}, pipeline and plain Lucene (DutchAnalyzer, BM25, QueryParser, top 5) alternating; load average at start: {LoadAverage()}"));
            var samples = new List<(int Round, LatencySample Sample)>();
            for (var round = 1; round <= arguments.Rounds; round++)
            {
                foreach (var side in Order(round))
                {
                    var sample = RunChild(side, size, arguments, log);
                    if (sample is null)
                    {
                        return 1;
                    }

                    samples.Add((round, sample));
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round} {side}: p50 {sample.P50Micros:F0} µs, p99 {sample.P99Micros:F0} µs, build {sample.BuildMs:F0} ms"));
                }
            }

            var loadAtEnd = LoadAverage();
            var summary = BaselineSummary.Of(size, arguments.Rounds, Of(samples, LatencySide.Pipeline), Of(samples, LatencySide.Baseline));
            if (arguments.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(summary, LatencySide.Json));
            }
            else
            {
                WriteTable(samples, summary, output);
            }

            text.WriteLine($"load average at end: {loadAtEnd}");
            output.Flush();
        }

        return 0;
    }

    private static LatencySample? RunChild(string side, int size, LatencyArguments arguments, TextWriter log)
    {
        var start = SelfProcess.StartInfo([LatencySide.Command, side, size.ToString(CultureInfo.InvariantCulture), .. arguments.ChildOptions]);
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || line is null)
        {
            log.WriteLine($"latency: the {side} side of {size} items failed (exit code {process.ExitCode}): {printed.Trim()}");
            return null;
        }

        return JsonSerializer.Deserialize<LatencySample>(line, LatencySide.Json);
    }

    private static List<LatencySample> Of(List<(int Round, LatencySample Sample)> samples, string side) =>
        [.. samples.Where(s => s.Sample.Side == side).Select(s => s.Sample)];

    private static void WriteTable(List<(int Round, LatencySample Sample)> samples, BaselineSummary summary, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| round | side | p50 (µs) | p99 (µs) | max (µs) | build (ms) | warm build (ms) | heap after build (MB) | answered |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (round, s) in samples)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {round} | {s.Side} | {s.P50Micros:F0} | {s.P99Micros:F0} | {s.MaxMicros:F0} | {s.BuildMs:F0} | {s.WarmBuildMs:F0} | {s.HeapMb:F0} | {s.Answered * 100:F0}% of {s.Questions:N0} |"));
        }

        foreach (var side in new[] { LatencySide.Pipeline, LatencySide.Baseline })
        {
            var of = Of(samples, side);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| median | {side} | {BaselineSummary.Median(of.Select(s => s.P50Micros)):F0} | {BaselineSummary.Median(of.Select(s => s.P99Micros)):F0} | {BaselineSummary.Median(of.Select(s => s.MaxMicros)):F0} | {BaselineSummary.Median(of.Select(s => s.BuildMs)):F0} | {BaselineSummary.Median(of.Select(s => s.WarmBuildMs)):F0} | {BaselineSummary.Median(of.Select(s => s.HeapMb)):F0} | |"));
        }

        var warm = BaselineSummary.Median(Of(samples, LatencySide.Pipeline).Select(s => s.WarmBuildMs))
            / BaselineSummary.Median(Of(samples, LatencySide.Baseline).Select(s => s.WarmBuildMs));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio pipeline/baseline of the medians: p50 {summary.Ratio.P50:F2}, p99 {summary.Ratio.P99:F2}, build {summary.Ratio.Build:F2} (warm build {warm:F2})"));
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "n/a".</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
