using System.Diagnostics;
using System.Globalization;
using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Loading;

namespace CooperationBot.Benchmarks;

/// <summary>
/// <c>latency [items...] [--questions N] [--in-memory]</c>: per size (in its own process, so memory figures do not
/// mix), writes synthetic knowledge, loads it with the bot's loader, builds the index, then answers N questions
/// one at a time after a warm-up and reports p50/p99/max, build time (first and a second, warm build of the same
/// index), managed heap and working set.
/// </summary>
internal static class LatencyCommand
{
    private const int WarmUp = 2_000;
    private const string OneSize = "latency-one";

    public static int Run(string[] args)
    {
        var sizes = new List<int>();
        var options = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--questions" && i + 1 < args.Length)
            {
                options.AddRange([args[i], args[++i]]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options.Add(args[i]);
            }
            else
            {
                sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
            }
        }

        if (sizes.Count == 0)
        {
            sizes = [1_000, 10_000, 100_000];
        }

        Console.WriteLine("| items | load (s) | index build (ms) | warm build (ms) | knowledge heap (MB) | heap after build (MB) | working set (MB) | p50 (µs) | p99 (µs) | max (µs) | mean (µs) | answered |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var child = SelfProcess.StartInfo([OneSize, size.ToString(CultureInfo.InvariantCulture), .. options]);
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
        var count = OptionValue(args, "--questions") ?? 20_000;
        var time = TimeProvider.System;
        var (snapshot, loadSeconds) = args.Contains("--in-memory") ? (Measure.Snapshot(items), double.NaN) : LoadFromFile(items, time);
        Collect();
        var knowledgeMb = GC.GetTotalMemory(forceFullCollection: true) / 1_048_576.0;

        var started = time.GetTimestamp();
        using var answerer = Measure.Answerer(snapshot);
        var buildMs = time.GetElapsedTime(started).TotalMilliseconds;

        // The same index once more in this process: JIT and first-use costs are paid, what is left is the work.
        started = time.GetTimestamp();
        _ = KnowledgeIndex.Build(snapshot);
        var warmBuildMs = time.GetElapsedTime(started).TotalMilliseconds;
        Collect();
        var heapMb = GC.GetTotalMemory(forceFullCollection: true) / 1_048_576.0;
        var workingSetMb = Environment.WorkingSet / 1_048_576.0;

        var questions = SyntheticQuestions.Mix(snapshot.Knowledge, WarmUp + count, Measure.DefaultSeed);
        for (var i = 0; i < WarmUp; i++)
        {
            answerer.Answer(questions[i].Text, questions[i].Language);
        }

        var micros = new double[count];
        var answered = 0;
        for (var i = 0; i < count; i++)
        {
            var question = questions[WarmUp + i];
            var before = time.GetTimestamp();
            var result = answerer.Answer(question.Text, question.Language);
            micros[i] = time.GetElapsedTime(before).TotalMicroseconds;
            answered += result.Answered ? 1 : 0;
        }

        Array.Sort(micros);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {items:N0} | {loadSeconds:F1} | {buildMs:F0} | {warmBuildMs:F0} | {knowledgeMb:F0} | {heapMb:F0} | {workingSetMb:F0} | {Percentile(micros, 0.50):F0} | {Percentile(micros, 0.99):F0} | {micros[^1]:F0} | {micros.Average():F0} | {answered * 100.0 / count:F0}% of {count:N0} |"));
        return 0;
    }

    private static (KnowledgeSnapshot Snapshot, double Seconds) LoadFromFile(int items, TimeProvider time)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cooperationbot-synthetic-{items}-{Environment.ProcessId}");
        try
        {
            var path = SyntheticKnowledgeFiles.Write(Measure.Snapshot(items).Knowledge, folder);
            Collect();
            var started = time.GetTimestamp();
            var result = new KnowledgeFileLoader().Load(path);
            var seconds = time.GetElapsedTime(started).TotalSeconds;
            if (!result.IsValid)
            {
                throw new InvalidOperationException("the synthetic knowledge does not validate: " + string.Join("; ", result.Diagnostics.Take(5)));
            }

            return (new KnowledgeSnapshot(result.Knowledge!, result.Version, DateTimeOffset.UnixEpoch, path), seconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];

    private static int? OptionValue(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }

    private static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
