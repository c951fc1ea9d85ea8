namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>What one request got: the status (0 when no response came) and, when it broke the oracle, why.</summary>
internal sealed record FuzzOutcome(int Status, TimeSpan Elapsed, string? Failure)
{
    public bool Failed => Failure is not null;
}
