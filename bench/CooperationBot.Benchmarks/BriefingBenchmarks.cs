using BenchmarkDotNet.Attributes;
using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Benchmarks;

/// <summary>
/// One Word briefing note of the real knowledge's visit (knowledge/knowledge.yaml): the summary built from the
/// knowledge, then the .docx, in Dutch and English.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[ShortRunJob]
public class BriefingBenchmarks
{
    private KnowledgeSnapshot _snapshot = null!;

    [Params(UserLanguage.Dutch, UserLanguage.English)]
    public UserLanguage Language { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = KnowledgePaths.FindUp(Path.Combine("knowledge", "knowledge.yaml"))
            ?? throw new FileNotFoundException("knowledge/knowledge.yaml not found above " + AppContext.BaseDirectory);
        var result = new KnowledgeFileLoader().Load(path);
        if (!result.IsValid)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        _snapshot = new KnowledgeSnapshot(result.Knowledge!, result.Version, DateTimeOffset.UnixEpoch, path);
    }

    [Benchmark]
    public int BriefingNote() =>
        BriefingDocument.Create(VisitSummaryBuilder.Build(_snapshot, _snapshot.Knowledge.Visits[0], Language), DateTimeOffset.UnixEpoch).Length;
}
