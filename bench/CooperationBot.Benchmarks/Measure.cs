using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Benchmarks;

/// <summary>What the benchmarks share: the seed, synthetic snapshots, an answerer.</summary>
internal static class Measure
{
    public const int DefaultSeed = 20260101;

    public static KnowledgeSnapshot Snapshot(int items) =>
        new(SyntheticKnowledge.Generate(items, DefaultSeed), $"synthetic-{items}", DateTimeOffset.UnixEpoch, "synthetic");

    public static Answerer Answerer(KnowledgeSnapshot snapshot) => new(
        new FixedKnowledgeSource(snapshot), Options.Create(new AnsweringOptions()), NullLogger<Answerer>.Instance, TimeProvider.System);
}
