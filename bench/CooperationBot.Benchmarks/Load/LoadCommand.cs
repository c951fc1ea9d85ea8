using System.Globalization;

namespace CooperationBot.Benchmarks.Load;

/// <summary>
/// <c>load [--rates 100,500,1000] [--seconds 15] [--warmup 5] [--workers 32]</c>: our bot's full answering pipeline
/// (<c>POST /api/messages</c>, expectReplies, the question set) and the JavaScript botbuilder echo bot, both started
/// here on loopback and loaded in the same run, one at a time: each fixed rate, then saturation. Prints one row per
/// target and phase (achieved rate, p50/p99/max latency, errors, resident memory) and the ratios.
/// </summary>
internal static class LoadCommand
{
    public static int Run(string[] args)
    {
        var rates = CommandArgs.Value(args, "--rates", "100,500,1000").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        var seconds = TimeSpan.FromSeconds(int.Parse(CommandArgs.Value(args, "--seconds", "15"), CultureInfo.InvariantCulture));
        var warmup = TimeSpan.FromSeconds(int.Parse(CommandArgs.Value(args, "--warmup", "5"), CultureInfo.InvariantCulture));
        var workers = int.Parse(CommandArgs.Value(args, "--workers", "32"), CultureInfo.InvariantCulture);
        return RunAsync(rates, seconds, warmup, workers).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int[] rates, TimeSpan seconds, TimeSpan warmup, int workers)
    {
        var bodies = LoadQuestions.Templates();
        await using var ours = await LoadTarget.StartOursAsync();
        await using var echo = LoadTarget.StartEcho();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        LoadTarget[] targets = [ours, echo];
        var runs = targets.ToDictionary(t => t, t => new LoadRun(client, t.Endpoint, n => LoadQuestions.Body(bodies[(int)(n % bodies.Count)], n)));

        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {bodies.Count} questions, {seconds.TotalSeconds:0} s per phase");
        foreach (var target in targets)
        {
            await runs[target].OpenLoopAsync(200, warmup);
        }

        Console.WriteLine("| target | phase | achieved req/s | p50 (ms) | p99 (ms) | max (ms) | errors | RSS (MB) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var results = new Dictionary<(LoadTarget, string), LoadPhaseResult>();
        foreach (var rate in rates)
        {
            foreach (var target in targets)
            {
                results[(target, rate.ToString(CultureInfo.InvariantCulture))] = Print(target, await runs[target].OpenLoopAsync(rate, seconds));
            }
        }

        foreach (var target in targets)
        {
            results[(target, "max")] = Print(target, await runs[target].ClosedLoopAsync(workers, seconds));
        }

        var failed = targets.Any(t => t.HasExited) || results.Values.Any(r => r.Sample.Errors > 0);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"saturation: ours {results[(ours, "max")].Throughput:0} req/s, echo {results[(echo, "max")].Throughput:0} req/s, ratio {results[(ours, "max")].Throughput / results[(echo, "max")].Throughput:0.00}"));
        foreach (var rate in rates)
        {
            var key = rate.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rate}/s: p99 ours {results[(ours, key)].Sample.Percentile(99):0.0} ms, echo {results[(echo, key)].Sample.Percentile(99):0.0} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak RSS: ours {ours.PeakMegabytes():0} MB, echo {echo.PeakMegabytes():0} MB"));
        return failed ? 1 : 0;
    }

    private static LoadPhaseResult Print(LoadTarget target, LoadPhaseResult result)
    {
        var s = result.Sample;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {target.Name} | {result.Phase} | {result.Throughput:0} | {s.Percentile(50):0.00} | {s.Percentile(99):0.00} | {s.Percentile(100):0.0} | {s.Errors}{(s.FirstError is { } e ? $" ({e})" : "")} | {target.ResidentMegabytes():0} |"));
        return result;
    }
}
