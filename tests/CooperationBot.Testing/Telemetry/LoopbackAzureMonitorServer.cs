using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CooperationBot.Testing.Telemetry;

/// <summary>
/// An Application Insights ingestion endpoint on 127.0.0.1 (free port): accepts POSTs to <c>/v2.1/track</c> of JSON lines,
/// gzip-compressed or not, keeps each line as an <see cref="AzureMonitorItem"/> and answers 200 with every item accepted.
/// Other requests answer 404. Point the bot at <see cref="ConnectionString"/>.
/// </summary>
public sealed class LoopbackAzureMonitorServer : IAsyncDisposable
{
    private const string TrackPath = "/v2.1/track";

    private readonly ConcurrentQueue<AzureMonitorItem> _items = new();
    private readonly ArrivalSignal _arrived = new();
    private WebApplication? _app;

    private LoopbackAzureMonitorServer()
    {
    }

    /// <summary>A made-up instrumentation key, new for each server.</summary>
    public string InstrumentationKey { get; } = Guid.NewGuid().ToString();

    /// <summary><c>InstrumentationKey=...;IngestionEndpoint=http://127.0.0.1:port/</c>.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The items received so far, in order.</summary>
    public IReadOnlyList<AzureMonitorItem> Items => [.. _items];

    public static async Task<LoopbackAzureMonitorServer> StartAsync()
    {
        var server = new LoopbackAzureMonitorServer();
        (server._app, var address) = await LoopbackKestrel.StartAsync(server.HandleAsync);
        server.ConnectionString = $"InstrumentationKey={server.InstrumentationKey};IngestionEndpoint={address.AbsoluteUri}";
        return server;
    }

    /// <summary>
    /// Waits until an item matching <paramref name="match"/> has arrived and returns it; throws
    /// <see cref="TimeoutException"/> naming <paramref name="what"/> after <paramref name="timeout"/>.
    /// </summary>
    public Task<AzureMonitorItem> WaitForAsync(Func<AzureMonitorItem, bool> match, string what, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        return _arrived.WaitAsync(() => _items.FirstOrDefault(match), timeout, () => $"No {what} within {timeout} ({_items.Count} items received).");
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
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path != TrackPath)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var gzip = string.Equals(context.Request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase);
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        body.Position = 0;
        using var reader = new StreamReader(gzip ? new GZipStream(body, CompressionMode.Decompress) : body);
        var count = 0;
        while (await reader.ReadLineAsync(context.RequestAborted) is { } line)
        {
            if (line.Length > 0)
            {
                _items.Enqueue(new AzureMonitorItem(JsonNode.Parse(line)!.AsObject()));
                count++;
            }
        }

        _arrived.Set();
        await context.Response.WriteAsJsonAsync(new { itemsReceived = count, itemsAccepted = count, errors = Array.Empty<object>() });
    }
}
