using System.Diagnostics;
using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Bot.Visits;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Briefings;

/// <summary>
/// The time to make one briefing note (summary plus .docx), the figure in docs/benchmarks.md. The bound is loose
/// (the machine is shared); the measured times are written to the test output.
/// </summary>
public sealed class BriefingDocumentTimingTests(ITestOutputHelper output)
{
    private const int Runs = 50;

    [Fact]
    public void Create_FiftyNotes_MedianUnder250Milliseconds()
    {
        var snapshot = TestKnowledge.Real;
        var visit = snapshot.Knowledge.Visits[0];
        var first = Stopwatch.StartNew();
        var size = BriefingDocument.Create(VisitSummaryBuilder.Build(snapshot, visit, UserLanguage.Dutch), DateTimeOffset.UnixEpoch).Length;
        first.Stop();

        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var language = i % 2 == 0 ? UserLanguage.Dutch : UserLanguage.English;
            BriefingDocument.Create(VisitSummaryBuilder.Build(snapshot, visit, language), DateTimeOffset.UnixEpoch);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        var median = times[Runs / 2];
        output.WriteLine($"briefing note: first {first.Elapsed.TotalMilliseconds:F1} ms (cold), then median {median:F2} ms, p90 {times[Runs * 9 / 10]:F2} ms over {Runs} runs; {size} bytes");
        Assert.True(median < 250, $"median {median:F1} ms");
    }
}
