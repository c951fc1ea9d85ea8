using System.Diagnostics;
using System.Globalization;

namespace CooperationBot.Benchmarks;

/// <summary>
/// <c>latency [items...] [--questions N] [--in-memory]</c>: per size (in its own process, so memory figures do not
/// mix), writes synthetic knowledge, loads it with the bot's loader, builds the index, then answers N questions
/// one at a time after a warm-up and reports p50/p99/max, build time (first and a second, warm build of the same
/// index), managed heap and working set. With <c>--baseline lucene</c> it measures plain Lucene beside the pipeline
/// instead (<see cref="BaselineLatencyCommand"/>).
/// </summary>
internal static class LatencyCommand
{
    private const string OneSize = "latency-one";

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command; 2 and a one-line message on <paramref name="log"/> for bad arguments.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter log)
    {
        var parsed = LatencyArguments.Parse(args, out var error);
        if (parsed is null)
        {
            log.WriteLine($"latency: {error}");
            return 2;
        }

        if (parsed.Baseline is not null)
        {
            return BaselineLatencyCommand.Run(parsed, output, log);
        }

        output.WriteLine("| items | load (s) | index build (ms) | warm build (ms) | knowledge heap (MB) | heap after build (MB) | working set (MB) | p50 (µs) | p99 (µs) | max (µs) | mean (µs) | answered |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        output.Flush();
        foreach (var size in parsed.Sizes)
        {
            var child = SelfProcess.StartInfo([OneSize, size.ToString(CultureInfo.InvariantCulture), .. parsed.ChildOptions]);
            using var process = Process.Start(child)!;
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return process.ExitCode;
            }
        }

        return 0;
    }

    public static bool Handles(string command) => command == OneSize;

    /// <summary>Measures one size in this process (as the pipeline side of <c>--baseline</c> does) and prints its table row.</summary>
    public static int RunOne(string[] args)
    {
        var items = int.Parse(args[0], CultureInfo.InvariantCulture);
        var count = OptionValue(args, "--questions") ?? LatencyRun.DefaultQuestions;
        var time = TimeProvider.System;
        var (snapshot, loadSeconds) = LatencyRun.Prepare(items, args.Contains("--in-memory"), time);
        var s = LatencySide.OfPipeline(items, snapshot, count, time);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {items:N0} | {loadSeconds:F1} | {s.BuildMs:F0} | {s.WarmBuildMs:F0} | {s.KnowledgeHeapMb:F0} | {s.HeapMb:F0} | {s.WorkingSetMb:F0} | {s.P50Micros:F0} | {s.P99Micros:F0} | {s.MaxMicros:F0} | {s.MeanMicros:F0} | {s.Answered * 100:F0}% of {count:N0} |"));
        return 0;
    }

    /// <summary>The number after <paramref name="name"/> in <paramref name="args"/>, if given.</summary>
    public static int? OptionValue(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }
}
