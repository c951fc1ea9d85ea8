using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CooperationBot.Testing.Connector;

/// <summary>An answer a loopback server gives: status, headers and body, optionally held back until a task completes.</summary>
public sealed record ScriptedResponse
{
    public int StatusCode { get; init; } = StatusCodes.Status200OK;

    /// <summary>The body; null or empty sends none.</summary>
    public string? Body { get; init; }

    public string ContentType { get; init; } = "application/json; charset=utf-8";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, the answer waits until this task completes (to hold callers in flight).</summary>
    public Task? HoldUntil { get; init; }

    /// <summary>When set, the answer waits this long (real time) first, or until the caller hangs up.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>A status with no body.</summary>
    public static ScriptedResponse Status(int statusCode) => new() { StatusCode = statusCode };

    /// <summary>A status with a JSON body.</summary>
    public static ScriptedResponse Json(int statusCode, string json) => new() { StatusCode = statusCode, Body = json };

    /// <summary>A connector success: <c>{"id":"..."}</c>.</summary>
    public static ScriptedResponse ActivityId(string id, int statusCode = StatusCodes.Status200OK) =>
        Json(statusCode, new JsonObject { ["id"] = id }.ToJsonString());

    /// <summary>A connector error: <c>{"error":{"code":"...","message":"..."}}</c>.</summary>
    public static ScriptedResponse Error(int statusCode, string code) =>
        Json(statusCode, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = code } }.ToJsonString());

    /// <summary>This answer with one more header, e.g. <c>Retry-After</c> or <c>Location</c>.</summary>
    public ScriptedResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };

    internal async Task WriteAsync(HttpContext context)
    {
        if (HoldUntil is not null)
        {
            await HoldUntil.WaitAsync(context.RequestAborted);
        }

        if (Delay is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        context.Response.StatusCode = StatusCode;
        foreach (var (name, value) in Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (!string.IsNullOrEmpty(Body))
        {
            context.Response.ContentType = ContentType;
            await context.Response.WriteAsync(Body, context.RequestAborted);
        }
    }
}
