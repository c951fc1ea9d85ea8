using System.Diagnostics;
using System.Net.Http.Headers;

namespace CooperationBot.Benchmarks.Load;

/// <summary>
/// One load phase against one target: open loop at a fixed rate (each request has a scheduled start, and its latency
/// counts from that schedule, so a server that falls behind is not hidden by the client waiting for it), or closed
/// loop with a fixed number of workers (saturation: as fast as the server answers).
/// </summary>
/// <param name="client">The client (one for the whole run).</param>
/// <param name="endpoint">The target's <c>/api/messages</c>.</param>
/// <param name="bodyFor">The body of request number n.</param>
/// <param name="check">Checks an answer beyond its status: null when it is right, else what is wrong.</param>
internal sealed class LoadRun(HttpClient client, Uri endpoint, Func<long, byte[]> bodyFor, Func<long, byte[], string?>? check = null)
{
    /// <summary>An expectReplies answer with at least one reply activity.</summary>
    private static readonly byte[] RepliesMarker = "\"activities\":[{"u8.ToArray();

    private long _next = Environment.TickCount64 * 1000;

    /// <summary>Sends <paramref name="rate"/> requests per second for <paramref name="duration"/>.</summary>
    public async Task<LoadPhaseResult> OpenLoopAsync(int rate, TimeSpan duration)
    {
        var sample = new LatencySample();
        var ticksPerRequest = (double)Stopwatch.Frequency / rate;
        var total = (long)(duration.TotalSeconds * rate);
        var started = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));
        for (long i = 0; i < total; i++)
        {
            var due = started + (long)(i * ticksPerRequest);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait).ConfigureAwait(false);
            }

            inFlight.Add(SendAsync(due, sample));
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
        return new LoadPhaseResult($"{rate}/s", sample, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Keeps <paramref name="workers"/> requests in flight for <paramref name="duration"/>.</summary>
    public async Task<LoadPhaseResult> ClosedLoopAsync(int workers, TimeSpan duration)
    {
        var sample = new LatencySample();
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, workers).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                await SendAsync(Stopwatch.GetTimestamp(), sample).ConfigureAwait(false);
            }
        });
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return new LoadPhaseResult($"saturation ({workers} in flight)", sample, Stopwatch.GetElapsedTime(started));
    }

    private async Task SendAsync(long scheduledAt, LatencySample sample)
    {
        var number = Interlocked.Increment(ref _next);
        var body = bodyFor(number);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await client.PostAsync(endpoint, content).ConfigureAwait(false);
            var answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var error = response.IsSuccessStatusCode && answer.AsSpan().IndexOf(RepliesMarker) >= 0
                ? check?.Invoke(number, answer)
                : $"{(int)response.StatusCode}, {answer.Length} bytes";
            sample.Add(Stopwatch.GetElapsedTime(scheduledAt).TotalMilliseconds, error is null, error);
        }
#pragma warning disable CA1031 // A failed request is counted as an error, whatever failed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            sample.Add(Stopwatch.GetElapsedTime(scheduledAt).TotalMilliseconds, false, exception.GetType().Name);
        }
    }
}
