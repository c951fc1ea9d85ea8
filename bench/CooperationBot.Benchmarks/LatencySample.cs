namespace CooperationBot.Benchmarks;

/// <summary>What one latency child process measured of one side (the pipeline or the baseline): its one line of JSON.</summary>
internal sealed record LatencySample
{
    /// <summary><see cref="LatencySide.Pipeline"/> or <see cref="LatencySide.Baseline"/>.</summary>
    public required string Side { get; init; }

    public required int Items { get; init; }

    public required int Questions { get; init; }

    public required double P50Micros { get; init; }

    public required double P99Micros { get; init; }

    public required double MaxMicros { get; init; }

    /// <summary>The first build in the process, JIT and first use included: from the snapshot to a ready answerer or searcher.</summary>
    public required double BuildMs { get; init; }

    /// <summary>The same build once more in the same process.</summary>
    public required double WarmBuildMs { get; init; }

    /// <summary>The managed heap before the build, after a full, compacting collection: the knowledge snapshot.</summary>
    public required double KnowledgeHeapMb { get; init; }

    /// <summary>The managed heap after the build and a full, compacting collection (the knowledge snapshot included).</summary>
    public required double HeapMb { get; init; }

    /// <summary>The process's working set after the build.</summary>
    public required double WorkingSetMb { get; init; }

    public required double MeanMicros { get; init; }

    /// <summary>The share of the timed questions answered (for the baseline: with at least one hit).</summary>
    public required double Answered { get; init; }
}
