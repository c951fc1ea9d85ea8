using System.Globalization;

namespace CooperationBot.Benchmarks.Fanout;

/// <summary>
/// The options of <c>fanout</c>: <c>--subscribers 10000 --rate 2000 --throttle 0.05 --retry-after 1 --concurrency 64
/// --runs 3 [--items 1000]</c>. <see cref="Rate"/> is <c>Digest:MaxMessagesPerSecond</c>, <see cref="Concurrency"/>
/// is <c>Digest:MaxConcurrentSends</c>; the connector answers 429 with <c>Retry-After</c> to a share
/// <see cref="Throttle"/> of its requests, drawn at random.
/// </summary>
internal sealed record FanoutSettings
{
    public int Subscribers { get; init; } = 10_000;

    public int Rate { get; init; } = 2_000;

    public double Throttle { get; init; } = 0.05;

    public int RetryAfterSeconds { get; init; } = 1;

    public int Concurrency { get; init; } = 64;

    public int Runs { get; init; } = 3;

    /// <summary>Items of the synthetic knowledge the digests are composed from.</summary>
    public int KnowledgeItems { get; init; } = 1_000;

    /// <summary>Reads the options; those not given keep their defaults.</summary>
    public static FanoutSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new FanoutSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.", nameof(args));
            settings = name switch
            {
                "--subscribers" => settings with { Subscribers = Int(value) },
                "--rate" => settings with { Rate = Int(value) },
                "--throttle" => settings with { Throttle = double.Parse(value, CultureInfo.InvariantCulture) },
                "--retry-after" => settings with { RetryAfterSeconds = Int(value) },
                "--concurrency" => settings with { Concurrency = Int(value) },
                "--runs" => settings with { Runs = Int(value) },
                "--items" => settings with { KnowledgeItems = Int(value) },
                _ => throw new ArgumentException($"Unknown option {name}.", nameof(args)),
            };
        }

        return settings;
    }

    /// <summary>The options again, for a child process.</summary>
    public IEnumerable<string> ToArgs() =>
    [
        "--subscribers", Text(Subscribers), "--rate", Text(Rate), "--throttle", Throttle.ToString(CultureInfo.InvariantCulture),
        "--retry-after", Text(RetryAfterSeconds), "--concurrency", Text(Concurrency), "--runs", Text(Runs), "--items", Text(KnowledgeItems),
    ];

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
