using System.Globalization;
using System.Text.Json;

namespace CooperationBot.Benchmarks.Fanout;

/// <summary>
/// <c>fanout [--subscribers N] [--rate R] [--throttle P] [--retry-after S] [--concurrency C] [--runs K] [--items I]</c>:
/// K runs, each in its own process (so peak memory is the run's own), printed as table rows, then the median of each
/// column. See <see cref="FanoutBenchmark"/> for what one run does and docs/benchmarks.md for the figures.
/// </summary>
internal static class FanoutCommand
{
    private const string OneRun = "fanout-one";

    private static readonly Column[] Columns =
    [
        new("compose + enqueue (s)", r => r.ComposeEnqueueSeconds, "F2"),
        new("delivery (s)", r => r.DeliverySeconds, "F2"),
        new("requests", r => r.Requests, "N0"),
        new("429s", r => r.Throttled, "N0"),
        new("delivered", r => r.Deliveries, "N0"),
        new("request rate (/s)", r => r.RequestRate, "F0"),
        new("delivered rate (/s)", r => r.DeliveredRate, "F0"),
        new("steady request rate (/s)", r => r.SteadyRequestRate, "F0"),
        new("steady delivered rate (/s)", r => r.SteadyDeliveredRate, "F0"),
        new("peak requests in 1 s", r => r.PeakRequestsPerSecond, "N0"),
        new("duplicates", r => r.Duplicates, "N0"),
        new("losses", r => r.Losses, "N0"),
        new("not sent", r => r.NotSent, "N0"),
        new("message (KB)", r => r.MessageKilobytes, "F1"),
        new("peak in flight", r => r.PeakConnectorConcurrency, "N0"),
        new("peak working set (MB)", r => r.PeakWorkingSetMb, "F0"),
        new("allocated (MB)", r => r.AllocatedMb, "F0"),
        new("max heap (MB)", r => r.MaxHeapMb, "F0"),
        new("store µs/entry", r => r.StoreMicrosPerEntry, "F0"),
    ];

    public static bool Handles(string command) => command == OneRun;

    public static int Run(string[] args)
    {
        var settings = FanoutSettings.Parse(args);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fan-out: {settings.Subscribers:N0} subscribers, Digest:MaxMessagesPerSecond {settings.Rate:N0}, {settings.Throttle:P0} 429 (Retry-After {settings.RetryAfterSeconds} s), Digest:MaxConcurrentSends {settings.Concurrency}, {settings.Runs} runs"));
        Console.WriteLine("| run | " + string.Join(" | ", Columns.Select(c => c.Header)) + " | request ratio | delivered ratio | steady request ratio | steady delivered ratio |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", Columns.Length + 4)));
        var results = new List<FanoutResult>();
        for (var run = 1; run <= settings.Runs; run++)
        {
            var info = SelfProcess.StartInfo([OneRun, .. settings.ToArgs(), "--seed", run.ToString(CultureInfo.InvariantCulture)]);
            info.RedirectStandardOutput = true;
            using var process = System.Diagnostics.Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine(output);
                return process.ExitCode;
            }

            var result = JsonSerializer.Deserialize<FanoutResult>(output.Trim().Split('\n')[^1])!;
            results.Add(result);
            Console.WriteLine(Row(run.ToString(CultureInfo.InvariantCulture), Columns.Select(c => c.Value(result)).ToArray(), Ratios(settings, result)));
        }

        var medians = Columns.Select(c => Median(results.Select(c.Value))).ToArray();
        var medianRatios = Enumerable.Range(0, 4).Select(i => Median(results.Select(r => Ratios(settings, r)[i]))).ToArray();
        Console.WriteLine(Row("median", medians, medianRatios));
        return 0;
    }

    /// <summary>One run in this process; prints its figures as one line of JSON for <see cref="Run"/>.</summary>
    public static int RunOne(string[] args)
    {
        var seedAt = Array.IndexOf(args, "--seed");
        var seed = seedAt >= 0 ? int.Parse(args[seedAt + 1], CultureInfo.InvariantCulture) : 1;
        var settings = FanoutSettings.Parse(seedAt >= 0 ? [.. args[..seedAt], .. args[(seedAt + 2)..]] : args);
        var result = FanoutBenchmark.RunAsync(settings, seed, CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>The four rates as fractions of <c>Digest:MaxMessagesPerSecond</c>.</summary>
    private static double[] Ratios(FanoutSettings settings, FanoutResult result) =>
        [.. new[] { result.RequestRate, result.DeliveredRate, result.SteadyRequestRate, result.SteadyDeliveredRate }.Select(rate => rate / settings.Rate)];

    private static string Row(string run, double[] values, double[] ratios)
    {
        var cells = values.Select((value, i) => value.ToString(Columns[i].Format, CultureInfo.InvariantCulture))
            .Concat(ratios.Select(ratio => ratio.ToString("F3", CultureInfo.InvariantCulture)));
        return $"| {run} | {string.Join(" | ", cells)} |";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Column(string Header, Func<FanoutResult, double> Value, string Format);
}
