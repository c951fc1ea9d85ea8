namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>A request that broke the oracle; <c>--replay Seed:Index</c> sends it again.</summary>
internal sealed record FuzzFailure(int Seed, int Index, FuzzClass Class, string Variant, string Reason)
{
    public override string ToString() => $"{Seed}:{Index}\t{Class}\t{Variant}\t{Reason}";
}
