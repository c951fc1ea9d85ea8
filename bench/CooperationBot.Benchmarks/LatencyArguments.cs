using System.Globalization;

namespace CooperationBot.Benchmarks;

/// <summary>The arguments of <c>latency</c>: the sizes, the question count, the file round trip or not, and the baseline options.</summary>
internal sealed record LatencyArguments
{
    /// <summary>The only baseline there is: plain Lucene.Net.</summary>
    public const string Lucene = "lucene";

    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 10_000, 100_000];

    public int? Questions { get; init; }

    public bool InMemory { get; init; }

    /// <summary>The baseline to run beside the pipeline (<see cref="Lucene"/>), or null for the pipeline alone.</summary>
    public string? Baseline { get; init; }

    public int Rounds { get; init; } = 5;

    public bool Json { get; init; }

    /// <summary>The options a child process needs to prepare the knowledge and ask the questions the same way.</summary>
    public IReadOnlyList<string> ChildOptions =>
        [.. Questions is { } count ? ["--questions", count.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(), .. InMemory ? ["--in-memory"] : Array.Empty<string>()];

    /// <summary>Reads the arguments; on a bad one, null and a one-line message.</summary>
    public static LatencyArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var parsed = new LatencyArguments();
        var sizes = new List<int>();
        var rounds = false;
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            switch (args[i])
            {
                case "--questions":
                    parsed = parsed with { Questions = Positive(args, ++i, "--questions", ref error) };
                    break;
                case "--rounds":
                    parsed = parsed with { Rounds = Positive(args, ++i, "--rounds", ref error) };
                    rounds = true;
                    break;
                case "--baseline":
                    parsed = parsed with { Baseline = i + 1 < args.Count ? args[++i] : null };
                    error = parsed.Baseline == Lucene ? null : $"--baseline must be '{Lucene}', got '{parsed.Baseline}'";
                    break;
                case "--in-memory":
                    parsed = parsed with { InMemory = true };
                    break;
                case "--json":
                    parsed = parsed with { Json = true };
                    break;
                case var other when other.StartsWith("--", StringComparison.Ordinal):
                    error = $"unknown option {other}";
                    break;
                default:
                    sizes.Add(Positive(args, i, "a size", ref error));
                    break;
            }
        }

        if (error is null && parsed.Baseline is null && (rounds || parsed.Json))
        {
            error = "--rounds and --json go with --baseline lucene";
        }

        return error is null ? parsed with { Sizes = sizes.Count == 0 ? parsed.Sizes : sizes } : null;
    }

    private static int Positive(IReadOnlyList<string> args, int at, string name, ref string? error)
    {
        if (at < args.Count && int.TryParse(args[at], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        error = $"{name} must be a positive whole number, got '{(at < args.Count ? args[at] : string.Empty)}'";
        return 0;
    }
}
