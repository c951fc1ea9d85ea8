namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>How the fuzz run goes and what it must stay within.</summary>
internal sealed class FuzzSettings
{
    /// <summary>Requests to send. The default is 10,000.</summary>
    public int Requests { get; init; } = 10_000;

    /// <summary>The seed of the generated requests. The default is 20261129.</summary>
    public int Seed { get; init; } = 20261129;

    /// <summary>Requests in flight at once. The default is 4 (the machine has 2 cores).</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>The bot's body limit (Bot:MaxRequestBodyKilobytes). The default is the bot's own, 256.</summary>
    public int BodyLimitKilobytes { get; init; } = 256;

    /// <summary>How long one request may take before it counts as a failure (Teams waits 15 s). The default is 15 s.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The bound on the bot's peak resident set size. The default is 400 MB.</summary>
    public double PeakRssBoundMegabytes { get; init; } = 400;

    /// <summary>How much the resident set may grow from the end of the first half of the run to the end. The default is 64 MB.</summary>
    public double RssGrowthBoundMegabytes { get; init; } = 64;
}
