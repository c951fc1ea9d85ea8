using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;

namespace CooperationBot.Benchmarks;

/// <summary>Building the index of synthetic knowledge (the snapshot is made beforehand).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IndexBuildBenchmarks
{
    private KnowledgeSnapshot _snapshot = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup() => _snapshot = Measure.Snapshot(Items);

    [Benchmark]
    public KnowledgeIndex Build() => KnowledgeIndex.Build(_snapshot);
}
