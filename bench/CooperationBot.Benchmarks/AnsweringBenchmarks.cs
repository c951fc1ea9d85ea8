using BenchmarkDotNet.Attributes;
using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Answering;

namespace CooperationBot.Benchmarks;

/// <summary>One question answered (the next of a fixed mix of in-scope and out-of-scope questions, some with typos).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AnsweringBenchmarks
{
    private const int MixSize = 1_000;

    private Answerer _answerer = null!;
    private IReadOnlyList<SyntheticQuestions.Question> _questions = [];
    private int _next;

    [Params(1_000, 10_000, 100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var snapshot = Measure.Snapshot(Items);
        _answerer = Measure.Answerer(snapshot);
        _questions = SyntheticQuestions.Mix(snapshot.Knowledge, MixSize, Measure.DefaultSeed);
    }

    [GlobalCleanup]
    public void Cleanup() => _answerer.Dispose();

    [Benchmark]
    public AnswerResult Answer()
    {
        var question = _questions[_next++ % MixSize];
        return _answerer.Answer(question.Text, question.Language);
    }
}
