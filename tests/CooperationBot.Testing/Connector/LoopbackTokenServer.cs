using System.Text.Json.Nodes;

namespace CooperationBot.Testing.Connector;

/// <summary>
/// A stand-in for the Entra token endpoint on 127.0.0.1: every request (any path) gets a fresh token
/// <c>token-N</c> valid for <see cref="ExpiresIn"/>, unless an answer was queued.
/// </summary>
public sealed class LoopbackTokenServer : LoopbackHttpServer
{
    private LoopbackTokenServer()
    {
    }

    /// <summary>How long issued tokens are valid.</summary>
    public TimeSpan ExpiresIn { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When set, token answers wait until this task completes (to pile callers up).</summary>
    public Task? HoldUntil { get; set; }

    /// <summary>A token endpoint URL on this server, shaped like the real one.</summary>
    public string TokenEndpoint(string tenant = "botframework.com") => new Uri(BaseAddress, $"/{tenant}/oauth2/v2.0/token").AbsoluteUri;

    /// <summary>The token the N-th request (1-based) receives by default.</summary>
    public static string TokenNumber(int number) => $"token-{number}";

    public static async Task<LoopbackTokenServer> StartAsync()
    {
        var server = new LoopbackTokenServer();
        await server.ListenAsync();
        return server;
    }

    protected override ScriptedResponse DefaultResponse(RecordedRequest request, int number)
    {
        var body = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)ExpiresIn.TotalSeconds,
            ["ext_expires_in"] = (long)ExpiresIn.TotalSeconds,
            ["access_token"] = TokenNumber(number),
        };
        return ScriptedResponse.Json(200, body.ToJsonString()) with { HoldUntil = HoldUntil };
    }
}
