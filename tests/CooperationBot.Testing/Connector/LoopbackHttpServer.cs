using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CooperationBot.Testing.Connector;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port that records every request and answers from a
/// script: queued answers first (one per request, in order), then the default answer.
/// </summary>
public abstract class LoopbackHttpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ArrivalSignal _requestArrived = new();
    private WebApplication? _app;
    private int _requestCount;

    /// <summary>The server's root, <c>http://127.0.0.1:port</c> or https (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The requests received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Queues answers for the next requests, in order.</summary>
    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived; the last of them is returned.</summary>
    public Task<RecordedRequest> WaitForRequestsAsync(int count, TimeSpan timeout) =>
        _requestArrived.WaitAsync(
            () => RequestCount >= count ? Requests[count - 1] : null,
            timeout,
            () => $"Expected {count} requests within {timeout}, got {RequestCount}.");

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The answer when the script is empty, from the request and its 1-based number.</summary>
    protected abstract ScriptedResponse DefaultResponse(RecordedRequest request, int number);

    /// <summary>An answer for a request the server does not serve (wrong method or path), which leaves the script alone; null serves it.</summary>
    protected virtual ScriptedResponse? Refuse(RecordedRequest request) => null;

    /// <summary>Starts listening on 127.0.0.1 with a free port, over https when a certificate is given.</summary>
    protected async Task ListenAsync(X509Certificate2? certificate = null)
    {
        (_app, BaseAddress) = await LoopbackKestrel.StartAsync(HandleAsync, certificate);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var recorded = new RecordedRequest
        {
            Method = context.Request.Method,
            RawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = await reader.ReadToEndAsync(context.RequestAborted),
        };
        _requests.Enqueue(recorded);
        var number = Interlocked.Increment(ref _requestCount);
        _requestArrived.Set();

        var response = Refuse(recorded)
            ?? (_script.TryDequeue(out var scripted) ? scripted : DefaultResponse(recorded, number));
        await response.WriteAsync(context);
    }
}
