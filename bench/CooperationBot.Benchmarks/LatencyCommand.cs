using System.Diagnostics;
using System.Globalization;
using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Answering;

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

    /// <summary>Measures one size in this process and prints its table row.</summary>
    public static int RunOne(string[] args)
    {
        var items = int.Parse(args[0], CultureInfo.InvariantCulture);
        var count = OptionValue(args, "--questions") ?? LatencyRun.DefaultQuestions;
        var time = TimeProvider.System;
        var (snapshot, loadSeconds) = LatencyRun.Prepare(items, args.Contains("--in-memory"), time);
        var knowledgeMb = LatencyRun.HeapMb();

        var started = time.GetTimestamp();
        using var answerer = Measure.Answerer(snapshot);
        var buildMs = time.GetElapsedTime(started).TotalMilliseconds;

        // The same index once more in this process: JIT and first-use costs are paid, what is left is the work.
        started = time.GetTimestamp();
        _ = KnowledgeIndex.Build(snapshot);
        var warmBuildMs = time.GetElapsedTime(started).TotalMilliseconds;
        var heapMb = LatencyRun.HeapMb();
        var workingSetMb = Environment.WorkingSet / 1_048_576.0;

        var questions = SyntheticQuestions.Mix(snapshot.Knowledge, LatencyRun.WarmUp + count, Measure.DefaultSeed);
        var (micros, answered) = LatencyRun.Time(questions, count, q => answerer.Answer(q.Text, q.Language).Answered, time);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {items:N0} | {loadSeconds:F1} | {buildMs:F0} | {warmBuildMs:F0} | {knowledgeMb:F0} | {heapMb:F0} | {workingSetMb:F0} | {LatencyRun.Percentile(micros, 0.50):F0} | {LatencyRun.Percentile(micros, 0.99):F0} | {micros[^1]:F0} | {micros.Average():F0} | {answered * 100.0 / count:F0}% of {count:N0} |"));
        return 0;
    }

    /// <summary>The number after <paramref name="name"/> in <paramref name="args"/>, if given.</summary>
    public static int? OptionValue(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }
}
