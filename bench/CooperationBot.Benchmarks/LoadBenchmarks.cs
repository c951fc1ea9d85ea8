using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Knowledge.Loading;

namespace CooperationBot.Benchmarks;

/// <summary>Loading a synthetic knowledge file with the bot's loader (YAML, schema, references, evidence).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LoadBenchmarks
{
    private string _folder = string.Empty;
    private string _path = string.Empty;

    [Params(1_000, 10_000, 100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"cooperationbot-bdn-{Items}-{Environment.ProcessId}");
        _path = SyntheticKnowledgeFiles.Write(Measure.Snapshot(Items).Knowledge, _folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public KnowledgeLoadResult Load() => new KnowledgeFileLoader().Load(_path);
}
