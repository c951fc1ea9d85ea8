using System.Globalization;
using System.Text.Json.Nodes;

namespace CooperationBot.Testing.Connector;

/// <summary>
/// A stand-in for App Service's managed-identity endpoint on 127.0.0.1 (what <c>IDENTITY_ENDPOINT</c> names): a GET
/// with the <c>X-IDENTITY-HEADER</c> header equal to <see cref="Secret"/> gets a fresh token <c>mi-token-N</c> for the
/// asked <c>resource</c>, valid for <see cref="ExpiresIn"/> from the real clock, unless an answer was queued. A
/// request without the right header gets 401 and leaves the script alone.
/// </summary>
public sealed class LoopbackManagedIdentityServer : LoopbackHttpServer
{
    /// <summary>The header App Service's identity endpoint requires.</summary>
    public const string HeaderName = "X-IDENTITY-HEADER";

    private LoopbackManagedIdentityServer()
    {
    }

    /// <summary>The value of <c>IDENTITY_HEADER</c>, made up per server.</summary>
    public string Secret { get; } = "identity-header-" + Guid.NewGuid().ToString("N");

    /// <summary>How long issued tokens are valid, from the real clock (the identity endpoint sends an absolute expires_on).</summary>
    public TimeSpan ExpiresIn { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The URL for <c>IDENTITY_ENDPOINT</c>.</summary>
    public string Endpoint => new Uri(BaseAddress, "/msi/token").AbsoluteUri;

    /// <summary>The environment variables App Service sets for this endpoint.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["IDENTITY_ENDPOINT"] = Endpoint,
        ["IDENTITY_HEADER"] = Secret,
    };

    /// <summary>The token the N-th request (1-based) receives by default.</summary>
    public static string TokenNumber(int number) => $"mi-token-{number}";

    /// <summary>The query parameters of a recorded request, decoded.</summary>
    public static IReadOnlyDictionary<string, string> Query(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = request.RawTarget.Split('?', 2);
        return parts.Length < 2
            ? new Dictionary<string, string>()
            : parts[1].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : "", StringComparer.Ordinal);
    }

    public static async Task<LoopbackManagedIdentityServer> StartAsync()
    {
        var server = new LoopbackManagedIdentityServer();
        await server.ListenAsync();
        return server;
    }

    protected override ScriptedResponse? Refuse(RecordedRequest request) =>
        request.Headers.GetValueOrDefault(HeaderName) == Secret && request.Method == "GET"
            ? null
            : ScriptedResponse.Json(401, """{"error":{"code":"Unauthorized","message":"missing or wrong header"}}""");

    protected override ScriptedResponse DefaultResponse(RecordedRequest request, int number)
    {
        var query = Query(request);
        var expiresOn = DateTimeOffset.UtcNow.Add(ExpiresIn).ToUnixTimeSeconds();
        var body = new JsonObject
        {
            ["access_token"] = TokenNumber(number),
            ["expires_on"] = expiresOn.ToString(CultureInfo.InvariantCulture),
            ["resource"] = query.GetValueOrDefault("resource"),
            ["token_type"] = "Bearer",
            ["client_id"] = query.GetValueOrDefault("client_id"),
        };
        return ScriptedResponse.Json(200, body.ToJsonString());
    }
}
