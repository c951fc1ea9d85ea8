using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CooperationBot.Testing.Connector;

/// <summary>
/// A Teams connector for proactive sends on 127.0.0.1 (real Kestrel, free port) that injects faults and counts
/// deliveries by digest key. Lean enough for tens of thousands of requests: it keeps counters and one small record
/// per delivery, never the bodies.
/// <list type="bullet">
/// <item><c>POST v3/conversations/{id}/activities</c>: 201 <c>{"id":"activity-N"}</c>, recorded as a
/// <see cref="ConnectorDelivery"/> with the activity's <c>channelData.digestKey</c>.</item>
/// <item><c>POST v3/conversations</c>: 201 <c>{"id":"a:created-N"}</c>, recorded as a <see cref="CreatedConversation"/>.</item>
/// </list>
/// Faults, checked in this order: <see cref="FailAlways"/> and <see cref="FailFirst"/> (sends only), then the random
/// faults of <see cref="FaultInjectionOptions"/> (every request). A faulted request is never a delivery.
/// </summary>
public sealed class FaultInjectingConnector : IAsyncDisposable
{
    private readonly FaultInjectionOptions _options;
    private readonly Random _random;
    private readonly Lock _randomLock = new();
    private readonly ConcurrentDictionary<string, ConnectorFault> _alwaysFail = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FailFirstRule> _failFirst = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _keyCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConnectorDelivery> _deliveries = new();
    private readonly ConcurrentQueue<CreatedConversation> _created = new();
    private readonly int[] _faults = new int[Enum.GetValues<ConnectorFault>().Length];
    private readonly TaskCompletionSource _stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;
    private int _requests;
    private int _deliveryCount;
    private int _createdCount;
    private int _duplicateKeys;
    private int _inFlight;
    private int _peakConcurrency;

    private FaultInjectingConnector(FaultInjectionOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
    }

    /// <summary>The serviceUrl to hand the connector client: <c>http://127.0.0.1:port/</c>.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>
    /// Called for every delivery after it is recorded and BEFORE its answer is written, so the client has not seen
    /// it yet: e.g. kill the sending process at the N-th delivery (<see cref="ConnectorDelivery.Number"/>).
    /// </summary>
    public Func<ConnectorDelivery, Task>? OnDelivered { get; set; }

    /// <summary>Every request received, faulted or not.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Activities accepted.</summary>
    public int Deliveries => Volatile.Read(ref _deliveryCount);

    /// <summary>Faulted requests of every kind.</summary>
    public int TotalFaults => Enum.GetValues<ConnectorFault>().Sum(FaultCount);

    /// <summary>How many digest keys were delivered more than once (exactly-once delivery keeps it at 0).</summary>
    public int DuplicateKeys => Volatile.Read(ref _duplicateKeys);

    /// <summary>The most requests in flight at one time.</summary>
    public int PeakConcurrency => Volatile.Read(ref _peakConcurrency);

    /// <summary>How many distinct digest keys were delivered.</summary>
    public int DistinctKeys => _keyCounts.Count;

    /// <summary>The deliveries so far, by number.</summary>
    public IReadOnlyList<ConnectorDelivery> DeliveryLog => [.. _deliveries.OrderBy(d => d.Number)];

    /// <summary>The conversations created so far.</summary>
    public IReadOnlyList<CreatedConversation> CreatedConversations => [.. _created];

    /// <summary>The digest keys delivered more than once, sorted.</summary>
    public IReadOnlyList<string> KeysDeliveredMoreThanOnce =>
        [.. _keyCounts.Where(pair => pair.Value > 1).Select(pair => pair.Key).Order(StringComparer.Ordinal)];

    /// <summary>Starts a connector with the given random faults (none by default).</summary>
    public static async Task<FaultInjectingConnector> StartAsync(FaultInjectionOptions? options = null)
    {
        options ??= new FaultInjectionOptions();
        double[] probabilities = [options.ThrottleProbability, options.ServerErrorProbability, options.UnavailableProbability, options.TimeoutProbability];
        if (probabilities.Any(p => p is < 0 or > 1) || options.TotalProbability > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Each fault probability must be within [0, 1] and their sum at most 1.");
        }

        var connector = new FaultInjectingConnector(options);
        (connector._app, var address) = await LoopbackKestrel.StartAsync(connector.HandleAsync);
        connector.ServiceUrl = address.AbsoluteUri;
        return connector;
    }

    /// <summary>Every send to <paramref name="conversationId"/> gets <paramref name="fault"/> (by default 403).</summary>
    public void FailAlways(string conversationId, ConnectorFault fault = ConnectorFault.Forbidden) => _alwaysFail[conversationId] = fault;

    /// <summary>The next <paramref name="count"/> sends to <paramref name="conversationId"/> get <paramref name="fault"/>.</summary>
    public void FailFirst(string conversationId, int count, ConnectorFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _failFirst[conversationId] = new FailFirstRule(fault, count);
    }

    /// <summary>How many requests got <paramref name="fault"/>.</summary>
    public int FaultCount(ConnectorFault fault) => Volatile.Read(ref _faults[(int)fault]);

    /// <summary>How often <paramref name="digestKey"/> was delivered.</summary>
    public int DeliveryCount(string digestKey) => _keyCounts.GetValueOrDefault(digestKey);

    public async ValueTask DisposeAsync()
    {
        _stopping.TrySetResult();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var peak = Volatile.Read(ref _peakConcurrency); inFlight > peak; peak = Volatile.Read(ref _peakConcurrency))
        {
            Interlocked.CompareExchange(ref _peakConcurrency, inFlight, peak);
        }

        try
        {
            var rawPath = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget.Split('?', 2)[0];
            string[] segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                await WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ErrorBody("MethodNotAllowed"));
            }
            else if (segments is ["v3", "conversations"])
            {
                await CreateConversationAsync(context);
            }
            else if (segments is ["v3", "conversations", var escapedId, "activities"])
            {
                await SendToConversationAsync(context, Uri.UnescapeDataString(escapedId));
            }
            else
            {
                await WriteAsync(context, StatusCodes.Status404NotFound, ErrorBody("NotFound"));
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task SendToConversationAsync(HttpContext context, string conversationId)
    {
        var fault = ScriptedFault(conversationId) ?? DrawFault();
        if (fault is { } refused && refused != ConnectorFault.Timeout)
        {
            await FaultAsync(context, refused);
            return;
        }

        using var body = await ReadBodyAsync(context);
        if (body is null)
        {
            return;
        }

        if (fault == ConnectorFault.Timeout)
        {
            // A slow connector: the message is taken (delivered) but the answer comes too late for the client.
            await RecordDeliveryAsync(body, conversationId);
            await FaultAsync(context, ConnectorFault.Timeout);
            return;
        }

        var delivery = await RecordDeliveryAsync(body, conversationId);
        await WriteAsync(context, StatusCodes.Status201Created, IdBody(delivery.ActivityId));
    }

    private async Task<ConnectorDelivery> RecordDeliveryAsync(JsonDocument body, string conversationId)
    {

        var digestKey = body.RootElement.TryGetProperty("channelData", out var channelData) ? StringAt(channelData, "digestKey") : null;
        var number = Interlocked.Increment(ref _deliveryCount);
        var delivery = new ConnectorDelivery(number, conversationId, digestKey, $"activity-{number}");
        if (digestKey is not null && _keyCounts.AddOrUpdate(digestKey, 1, (_, count) => count + 1) == 2)
        {
            Interlocked.Increment(ref _duplicateKeys);
        }

        _deliveries.Enqueue(delivery);
        if (OnDelivered is { } onDelivered)
        {
            await onDelivered(delivery);
        }

        return delivery;
    }

    private async Task CreateConversationAsync(HttpContext context)
    {
        if (DrawFault() is { } fault)
        {
            await FaultAsync(context, fault);
            return;
        }

        using var body = await ReadBodyAsync(context);
        if (body is null)
        {
            return;
        }

        var root = body.RootElement;
        var members = root.TryGetProperty("members", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(member => StringAt(member, "id")).OfType<string>().ToArray()
            : [];
        var tenantId = StringAt(root, "tenantId")
            ?? (root.TryGetProperty("channelData", out var data) && data.TryGetProperty("tenant", out var tenant) ? StringAt(tenant, "id") : null);
        var botId = root.TryGetProperty("bot", out var bot) ? StringAt(bot, "id") : null;
        var created = new CreatedConversation($"a:created-{Interlocked.Increment(ref _createdCount)}", botId, members, tenantId);
        _created.Enqueue(created);
        await WriteAsync(context, StatusCodes.Status201Created, IdBody(created.Id));
    }

    private ConnectorFault? ScriptedFault(string conversationId)
    {
        if (_alwaysFail.TryGetValue(conversationId, out var always))
        {
            return always;
        }

        return _failFirst.TryGetValue(conversationId, out var rule) && rule.TryTake() ? rule.Fault : null;
    }

    private ConnectorFault? DrawFault()
    {
        double draw;
        lock (_randomLock)
        {
            draw = _random.NextDouble();
        }

        return _options.FaultFor(draw);
    }

    private async Task FaultAsync(HttpContext context, ConnectorFault fault)
    {
        Interlocked.Increment(ref _faults[(int)fault]);
        if (fault == ConnectorFault.Timeout)
        {
            // Hold the answer until the client gives up (it closes the connection) or the server stops; never answer.
            await _stopping.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            context.Abort();
            return;
        }

        var (status, code) = fault switch
        {
            ConnectorFault.Throttled => (StatusCodes.Status429TooManyRequests, "Throttled"),
            ConnectorFault.ServerError => (StatusCodes.Status500InternalServerError, "InternalServerError"),
            ConnectorFault.Unavailable => (StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable"),
            ConnectorFault.Forbidden => (StatusCodes.Status403Forbidden, "ConversationBlockedByUser"),
            _ => (StatusCodes.Status404NotFound, "ConversationNotFound"),
        };
        if (fault == ConnectorFault.Throttled)
        {
            context.Response.Headers.RetryAfter = _options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        await WriteAsync(context, status, ErrorBody(code));
    }

    /// <summary>The body as JSON, or null after answering 400 when it is not JSON.</summary>
    private static async Task<JsonDocument?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, ErrorBody("BadArgument"));
            return null;
        }
    }

    private static string? StringAt(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string IdBody(string id) => JsonSerializer.Serialize(new { id });

    private static string ErrorBody(string code) => JsonSerializer.Serialize(new { error = new { code, message = code } });

    private static Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json);
    }

    /// <summary>The remaining scripted failures of one conversation.</summary>
    private sealed class FailFirstRule(ConnectorFault fault, int count)
    {
        private int _remaining = count;

        public ConnectorFault Fault { get; } = fault;

        public bool TryTake() => Interlocked.Decrement(ref _remaining) >= 0;
    }
}
