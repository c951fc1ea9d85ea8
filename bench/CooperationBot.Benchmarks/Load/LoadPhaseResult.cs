namespace CooperationBot.Benchmarks.Load;

/// <summary>What one load phase measured.</summary>
internal sealed record LoadPhaseResult(string Phase, LatencySample Sample, TimeSpan Elapsed)
{
    public double Throughput => Sample.Count / Elapsed.TotalSeconds;
}
