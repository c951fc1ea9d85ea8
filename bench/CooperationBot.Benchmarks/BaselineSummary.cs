namespace CooperationBot.Benchmarks;

/// <summary>
/// One size of <c>latency --baseline lucene --json</c>: per side the medians over the rounds (milliseconds), and the
/// ratios pipeline/baseline of those medians.
/// </summary>
internal sealed record BaselineSummary(int Items, int Rounds, BaselineSummary.Side Pipeline, BaselineSummary.Side Baseline, BaselineSummary.Ratios Ratio)
{
    /// <summary>Decimals of the figures in the JSON.</summary>
    private const int Decimals = 4;

    /// <summary>The medians of the samples of both sides of one size.</summary>
    public static BaselineSummary Of(int items, int rounds, IReadOnlyList<LatencySample> pipeline, IReadOnlyList<LatencySample> baseline)
    {
        var p = Medians(pipeline);
        var b = Medians(baseline);
        return new BaselineSummary(items, rounds, Rounded(p), Rounded(b), new Ratios(
            Math.Round(p.P99Ms / b.P99Ms, Decimals), Math.Round(p.BuildMs / b.BuildMs, Decimals), Math.Round(p.P50Ms / b.P50Ms, Decimals)));
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Side Medians(IReadOnlyList<LatencySample> samples) => new(
        Median(samples.Select(s => s.P50Micros / 1_000)),
        Median(samples.Select(s => s.P99Micros / 1_000)),
        Median(samples.Select(s => s.BuildMs)),
        Median(samples.Select(s => s.HeapMb)));

    private static Side Rounded(Side side) => new(
        Math.Round(side.P50Ms, Decimals), Math.Round(side.P99Ms, Decimals), Math.Round(side.BuildMs, Decimals), Math.Round(side.HeapMb, Decimals));

    /// <summary>One side's medians.</summary>
    public sealed record Side(double P50Ms, double P99Ms, double BuildMs, double HeapMb);

    /// <summary>Pipeline divided by baseline, of the medians.</summary>
    public sealed record Ratios(double P99, double Build, double P50);
}
