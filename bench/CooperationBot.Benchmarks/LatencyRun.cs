using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Loading;

namespace CooperationBot.Benchmarks;

/// <summary>What every latency child process does alike: prepare the synthetic knowledge, time the questions, collect garbage.</summary>
internal static class LatencyRun
{
    /// <summary>The questions answered before the timed ones.</summary>
    public const int WarmUp = 2_000;

    /// <summary>The timed questions when <c>--questions</c> is not given.</summary>
    public const int DefaultQuestions = 20_000;

    /// <summary>
    /// The synthetic knowledge of <paramref name="items"/> items, written to files and loaded with the bot's loader
    /// (the seconds that took), or generated in memory (NaN seconds).
    /// </summary>
    public static (KnowledgeSnapshot Snapshot, double LoadSeconds) Prepare(int items, bool inMemory, TimeProvider time) =>
        inMemory ? (Measure.Snapshot(items), double.NaN) : LoadFromFile(items, time);

    /// <summary>
    /// Answers the first <see cref="WarmUp"/> questions untimed, then the next <paramref name="count"/> one at a time;
    /// returns their times in µs, sorted, and how many were answered.
    /// </summary>
    public static (double[] Micros, int Answered) Time(
        IReadOnlyList<SyntheticQuestions.Question> questions, int count, Func<SyntheticQuestions.Question, bool> answer, TimeProvider time)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            answer(questions[i]);
        }

        var micros = new double[count];
        var answered = 0;
        for (var i = 0; i < count; i++)
        {
            var question = questions[WarmUp + i];
            var before = time.GetTimestamp();
            var result = answer(question);
            micros[i] = time.GetElapsedTime(before).TotalMicroseconds;
            answered += result ? 1 : 0;
        }

        Array.Sort(micros);
        return (micros, answered);
    }

    /// <summary>The value below which <paramref name="share"/> of the sorted values lie (nearest rank).</summary>
    public static double Percentile(double[] sorted, double share) =>
        sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];

    /// <summary>The managed heap in MB after a full, compacting collection.</summary>
    public static double HeapMb()
    {
        Collect();
        return GC.GetTotalMemory(forceFullCollection: true) / 1_048_576.0;
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

    private static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
