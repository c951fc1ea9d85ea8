using System.Text;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>
/// Starts the bot as a child process (and a loopback connector for the replies of activities that do not ask for
/// <c>expectReplies</c>), sends the generated requests over real HTTP, and watches the process and its memory.
/// </summary>
internal static class FuzzRunner
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan WarmUpDeadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SamplePeriod = TimeSpan.FromMilliseconds(250);

    public static async Task<FuzzResult> RunAsync(FuzzSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var time = TimeProvider.System;
        var result = new FuzzResult(settings);
        await using var connector = await LoopbackConnectorServer.StartAsync().ConfigureAwait(false);
        await using var bot = await BotChildProcess.StartAsync(settings.BodyLimitKilobytes, StartTimeout).ConfigureAwait(false);
        using var client = CreateClient(bot, settings.Concurrency);
        var sender = new FuzzSender(client, settings.Deadline, time);
        var target = new FuzzTarget(connector.ServiceUrl, settings.BodyLimitKilobytes * 1024);

        await WarmUpAsync(new FuzzSender(client, WarmUpDeadline, time), target, cancellationToken).ConfigureAwait(false);
        result.StartRss = bot.ReadMemory()?.Rss;
        var started = time.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampling = SampleAsync(bot, result, time, stop.Token);
        var half = settings.Requests / 2;
        await SendRangeAsync(sender, bot, result, target, 0, half, stop).ConfigureAwait(false);
        result.HalfRss = bot.ReadMemory()?.Rss;
        await SendRangeAsync(sender, bot, result, target, half, settings.Requests, stop).ConfigureAwait(false);
        result.Elapsed = time.GetElapsedTime(started);
        var end = bot.ReadMemory();
        result.EndRss = end?.Rss;
        result.PeakRss = end?.Peak ?? result.PeakRss;
        result.Crash ??= Crashed(bot);
        await stop.CancelAsync().ConfigureAwait(false);
        await sampling.ConfigureAwait(false);
        return result;
    }

    /// <summary>Sends request <paramref name="index"/> of run <paramref name="seed"/> to a fresh bot and describes what it got.</summary>
    public static async Task<(FuzzRequest Request, FuzzOutcome Outcome, string Report)> ReplayAsync(
        FuzzSettings settings, int seed, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var connector = await LoopbackConnectorServer.StartAsync().ConfigureAwait(false);
        await using var bot = await BotChildProcess.StartAsync(settings.BodyLimitKilobytes, StartTimeout).ConfigureAwait(false);
        using var client = CreateClient(bot, 1);
        var sender = new FuzzSender(client, settings.Deadline, TimeProvider.System);
        var request = FuzzInputs.Create(seed, index, new FuzzTarget(connector.ServiceUrl, settings.BodyLimitKilobytes * 1024));
        var (outcome, body) = await sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var crash = Crashed(bot);
        var failure = outcome.Failure ?? (crash is null ? null : $"the bot process ended: {crash}");
        var report = new StringBuilder()
            .AppendLine($"request {seed}:{index}: {request.Class} {request.Variant}")
            .AppendLine($"sent: {request.Body.Length:N0} bytes, Content-Type {request.ContentType ?? "(none)"}, {(request.Chunked ? "chunked" : "Content-Length")}")
            .AppendLine($"body starts: {Preview(request.Body)}")
            .AppendLine($"answer: {(outcome.Status == 0 ? "none" : outcome.Status)} after {outcome.Elapsed.TotalMilliseconds:F0} ms: {(body.Length <= 500 ? body : body[..500])}")
            .AppendLine(failure is null ? "result: PASS" : $"result: FAIL: {failure}\n{bot.LastOutput}")
            .ToString();
        return (request, outcome with { Failure = failure }, report);
    }

    private static HttpClient CreateClient(BotChildProcess bot, int concurrency) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = bot.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };

    /// <summary>
    /// One question answered first, so the start figure includes the knowledge index and the JIT of the answer path. It
    /// has its own deadline (<see cref="WarmUpDeadline"/>), not Teams': on a loaded machine the first answer's index
    /// build and JIT may take longer than 15 s, and it is not one of the judged requests.
    /// </summary>
    private static async Task WarmUpAsync(FuzzSender sender, FuzzTarget target, CancellationToken cancellationToken)
    {
        var source = new FuzzSource(new Random(0), target, "fuzz-warm-up");
        var question = new FuzzRequest(FuzzClass.HostileText, "warm-up", FuzzSource.Bytes(source.Message("Hoeveel Marokkanen zijn teruggekeerd?")));
        var (outcome, _) = await sender.SendAsync(question, cancellationToken).ConfigureAwait(false);
        if (outcome.Status != 200)
        {
            throw new InvalidOperationException($"The bot did not answer the warm-up question: {outcome.Status} {outcome.Failure}");
        }
    }

    private static async Task SendRangeAsync(
        FuzzSender sender, BotChildProcess bot, FuzzResult result, FuzzTarget target, int from, int to, CancellationTokenSource stop)
    {
        if (stop.IsCancellationRequested)
        {
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = result.Settings.Concurrency, CancellationToken = stop.Token };
        try
        {
            await Parallel.ForAsync(from, to, options, async (index, token) =>
            {
                var request = FuzzInputs.Create(result.Settings.Seed, index, target);
                var (outcome, _) = await sender.SendAsync(request, token).ConfigureAwait(false);
                if (outcome.Failed && Crashed(bot) is { } crash)
                {
                    result.Crash ??= crash;
                    outcome = outcome with { Failure = $"{outcome.Failure} (the bot process ended)" };
                    await stop.CancelAsync().ConfigureAwait(false);
                }

                result.Record(index, request, outcome);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (result.Crash is not null)
        {
            // The bot is gone: the rest of the run cannot be sent.
        }
    }

    /// <summary>Samples the resident set while the run goes on, for the peak where VmHWM is not read at the end.</summary>
    private static async Task SampleAsync(BotChildProcess bot, FuzzResult result, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SamplePeriod, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                if (bot.ReadMemory() is { } memory)
                {
                    result.PeakRss = Math.Max(result.PeakRss ?? 0, memory.Peak);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static string? Crashed(BotChildProcess bot) =>
        bot.HasExited ? $"exit code {bot.ExitCode}\n{bot.LastOutput}" : null;

    private static string Preview(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 160));
        return string.Concat(text.Select(c => char.IsControl(c) ? '·' : c));
    }
}
