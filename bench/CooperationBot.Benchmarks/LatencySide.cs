using System.Globalization;
using System.Text.Json;
using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;

namespace CooperationBot.Benchmarks;

/// <summary>
/// <c>latency-side pipeline|baseline &lt;items&gt; [--questions N] [--in-memory]</c>: the child process of
/// <c>latency --baseline lucene</c>. Prepares the synthetic knowledge as <c>latency</c> does, builds one side cold
/// (timed) and once more warm, takes the heap, answers the warm-up and the timed questions, and prints one
/// <see cref="LatencySample"/> as one line of JSON.
/// </summary>
internal static class LatencySide
{
    public const string Command = "latency-side";
    public const string Pipeline = "pipeline";
    public const string Baseline = "baseline";

    /// <summary>How samples are written by the child and read by the parent.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static bool Handles(string command) => command == Command;

    public static int Run(string[] args)
    {
        var side = args[0];
        if (side is not (Pipeline or Baseline))
        {
            Console.Error.WriteLine($"{Command}: the side must be {Pipeline} or {Baseline}, got '{side}'");
            return 2;
        }

        var items = int.Parse(args[1], CultureInfo.InvariantCulture);
        var count = LatencyCommand.OptionValue(args, "--questions") ?? LatencyRun.DefaultQuestions;
        var time = TimeProvider.System;
        var (snapshot, _) = LatencyRun.Prepare(items, args.Contains("--in-memory"), time);
        var sample = side == Pipeline
            ? OfPipeline(items, snapshot, count, time)
            : Sample(side, items, snapshot, count, time, LuceneBaseline.Build, s => LuceneBaseline.Build(s).Dispose(), (b, q) => b.Search(q.Text).Count > 0);
        Console.WriteLine(JsonSerializer.Serialize(sample, Json));
        return 0;
    }

    /// <summary>The pipeline's sample: the answerer built cold, its index once more warm, then the questions answered.</summary>
    public static LatencySample OfPipeline(int items, KnowledgeSnapshot snapshot, int count, TimeProvider time) =>
        Sample(Pipeline, items, snapshot, count, time, Measure.Answerer, s => KnowledgeIndex.Build(s), (a, q) => a.Answer(q.Text, q.Language).Answered);

    /// <summary>Builds the side cold (timed) and warm (timed), takes the heap before and after, then times the questions.</summary>
    private static LatencySample Sample<T>(
        string side, int items, KnowledgeSnapshot snapshot, int count, TimeProvider time,
        Func<KnowledgeSnapshot, T> build, Action<KnowledgeSnapshot> warmBuild, Func<T, SyntheticQuestions.Question, bool> answer)
        where T : IDisposable
    {
        var knowledgeMb = LatencyRun.HeapMb();
        var started = time.GetTimestamp();
        using var built = build(snapshot);
        var buildMs = time.GetElapsedTime(started).TotalMilliseconds;

        // The same build once more in this process: JIT and first-use costs are paid, what is left is the work.
        started = time.GetTimestamp();
        warmBuild(snapshot);
        var warmBuildMs = time.GetElapsedTime(started).TotalMilliseconds;
        var heapMb = LatencyRun.HeapMb();
        var workingSetMb = Environment.WorkingSet / 1_048_576.0;

        var questions = SyntheticQuestions.Mix(snapshot.Knowledge, LatencyRun.WarmUp + count, Measure.DefaultSeed);
        var (micros, answered) = LatencyRun.Time(questions, count, q => answer(built, q), time);
        return new LatencySample
        {
            Side = side,
            Items = items,
            Questions = count,
            P50Micros = LatencyRun.Percentile(micros, 0.50),
            P99Micros = LatencyRun.Percentile(micros, 0.99),
            MaxMicros = micros[^1],
            BuildMs = buildMs,
            WarmBuildMs = warmBuildMs,
            KnowledgeHeapMb = knowledgeMb,
            HeapMb = heapMb,
            WorkingSetMb = workingSetMb,
            MeanMicros = micros.Average(),
            Answered = (double)answered / count,
        };
    }
}
