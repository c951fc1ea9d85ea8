using System.Collections.Concurrent;
using CooperationBot.Testing.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CooperationBot.Testing.Telemetry;

/// <summary>
/// An OTLP http/protobuf collector on 127.0.0.1 (free port): accepts POSTs to <c>/v1/metrics</c>, <c>/v1/traces</c> and
/// <c>/v1/logs</c>, keeps their raw bodies and answers 200 with an empty export response. Other requests answer 404.
/// Point the bot at <see cref="Endpoint"/> with protocol http/protobuf.
/// </summary>
public sealed class LoopbackOtlpServer : IAsyncDisposable
{
    public const string MetricsPath = "/v1/metrics";
    public const string TracesPath = "/v1/traces";
    private const string LogsPath = "/v1/logs";

    private readonly ConcurrentQueue<OtlpExport> _exports = new();
    private readonly ArrivalSignal _arrived = new();
    private WebApplication? _app;

    private LoopbackOtlpServer()
    {
    }

    /// <summary>The collector's base address, <c>http://127.0.0.1:port</c>; the exporter adds the signal's path.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>The exports received so far, in order.</summary>
    public IReadOnlyList<OtlpExport> Exports => [.. _exports];

    public static async Task<LoopbackOtlpServer> StartAsync()
    {
        var server = new LoopbackOtlpServer();
        (server._app, var address) = await LoopbackKestrel.StartAsync(server.HandleAsync);
        server.Endpoint = address.AbsoluteUri.TrimEnd('/');
        return server;
    }

    /// <summary>
    /// Waits until every one of <paramref name="texts"/> has appeared in some export to <paramref name="path"/>;
    /// throws <see cref="TimeoutException"/> naming the missing ones after <paramref name="timeout"/>.
    /// </summary>
    public Task WaitForAsync(string path, IReadOnlyCollection<string> texts, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(texts);
        List<string> Missing() => [.. texts.Where(text => !_exports.Any(e => e.Path == path && e.Contains(text)))];
        return _arrived.WaitAsync(
            () => Missing().Count == 0 ? path : null,
            timeout,
            () => $"No export to {path} within {timeout} carried: {string.Join(", ", Missing())} ({_exports.Count} exports received).");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!HttpMethods.IsPost(context.Request.Method) || path is not (MetricsPath or TracesPath or LogsPath))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        _exports.Enqueue(new OtlpExport(path, context.Request.ContentType ?? string.Empty, body.ToArray()));
        _arrived.Set();

        // An empty Export*ServiceResponse message: no partial success to report.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/x-protobuf";
        context.Response.ContentLength = 0;
    }
}
