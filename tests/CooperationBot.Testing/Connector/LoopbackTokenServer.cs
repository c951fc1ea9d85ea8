using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace CooperationBot.Testing.Connector;

/// <summary>
/// A stand-in for the Entra token endpoint on https://127.0.0.1 with a self-signed certificate (MSAL accepts only
/// https authorities): every request (any path) gets a fresh token <c>token-N</c> valid for <see cref="ExpiresIn"/>,
/// unless an answer was queued. Clients trust it through <see cref="CreateTrustingHandler"/>.
/// </summary>
public sealed class LoopbackTokenServer : LoopbackHttpServer
{
    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create();

    private LoopbackTokenServer()
    {
    }

    /// <summary>How long issued tokens are valid.</summary>
    public TimeSpan ExpiresIn { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When set, token answers wait until this task completes (to pile callers up).</summary>
    public Task? HoldUntil { get; set; }

    /// <summary>The authority host to configure, <c>https://127.0.0.1:port/</c>.</summary>
    public string AuthorityHost => new Uri(BaseAddress, "/").AbsoluteUri;

    /// <summary>A token endpoint URL on this server, shaped like the real one.</summary>
    public string TokenEndpoint(string tenant = "botframework.com") => new Uri(BaseAddress, $"/{tenant}/oauth2/v2.0/token").AbsoluteUri;

    /// <summary>The token the N-th request (1-based) receives by default.</summary>
    public static string TokenNumber(int number) => $"token-{number}";

    public static async Task<LoopbackTokenServer> StartAsync()
    {
        var server = new LoopbackTokenServer();
        await server.ListenAsync(server._certificate);
        return server;
    }

    /// <summary>A client handler that trusts this server's certificate (only it) and follows no redirect.</summary>
    public HttpMessageHandler CreateTrustingHandler() => LoopbackCertificate.TrustingHandler(_certificate);

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
