using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Protocol.Authentication;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Testing.Authentication;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) serving the Bot Framework OpenID metadata document and a JWKS of
/// test keys with their endorsements. Starts with one key, <see cref="DefaultKey"/>, endorsed for <c>msteams</c>.
/// Other paths answer 404; queued answers (<see cref="LoopbackHttpServer.Enqueue"/>) take precedence.
/// </summary>
public sealed class LoopbackOpenIdServer : LoopbackHttpServer
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string DefaultKeyId = "test-key-1";
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string JwksPath = "/v1/.well-known/keys";

    private readonly Lock _gate = new();
    private readonly List<TestSigningKey> _keys = [];

    private LoopbackOpenIdServer(TestSigningKey defaultKey)
    {
        DefaultKey = defaultKey;
        _keys.Add(defaultKey);
    }

    /// <summary>The key published at start, endorsed for <c>msteams</c>, with id <see cref="DefaultKeyId"/>.</summary>
    public TestSigningKey DefaultKey { get; }

    public string MetadataUrl => new Uri(BaseAddress, MetadataPath).ToString();

    public string JwksUrl => new Uri(BaseAddress, JwksPath).ToString();

    public int MetadataRequestCount => Requests.Count(r => r.RawPath == MetadataPath);

    public int JwksRequestCount => Requests.Count(r => r.RawPath == JwksPath);

    /// <summary>The keys currently published.</summary>
    public IReadOnlyList<TestSigningKey> Keys
    {
        get
        {
            lock (_gate)
            {
                return [.. _keys];
            }
        }
    }

    /// <summary>When set, both endpoints answer with this status code instead of a document.</summary>
    public HttpStatusCode? FailWith { get; set; }

    /// <summary>When set, the metadata names this <c>jwks_uri</c> instead of the server's own.</summary>
    public string? JwksUriOverride { get; set; }

    /// <summary>When set, the JWKS endpoint serves this text verbatim.</summary>
    public string? RawJwks { get; set; }

    public static Task<LoopbackOpenIdServer> StartAsync() => StartAsync(TestSigningKey.ForTeams(DefaultKeyId));

    /// <summary>
    /// Starts with a given default key (its id must be <see cref="DefaultKeyId"/>). Generating an RSA key takes
    /// about 0.15 s, so suites that start many servers may share one key.
    /// </summary>
    public static async Task<LoopbackOpenIdServer> StartAsync(TestSigningKey defaultKey)
    {
        ArgumentNullException.ThrowIfNull(defaultKey);
        if (defaultKey.KeyId != DefaultKeyId)
        {
            throw new ArgumentException($"The default key's id must be {DefaultKeyId}.", nameof(defaultKey));
        }

        var server = new LoopbackOpenIdServer(defaultKey);
        await server.ListenAsync();
        return server;
    }

    /// <summary>Options for a validator that trusts this server, with the given app id as audience.</summary>
    public BotAuthenticationOptions CreateOptions(string? microsoftAppId) =>
        new() { MicrosoftAppId = microsoftAppId, OpenIdMetadataUrl = MetadataUrl };

    /// <summary>A token factory signing with <see cref="DefaultKey"/> by default.</summary>
    public TestTokenFactory CreateTokenFactory(TimeProvider timeProvider) => new(DefaultKey, timeProvider);

    /// <summary>Publishes a new key; <paramref name="endorsements"/> null publishes it without an endorsements field.</summary>
    public TestSigningKey AddKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        var key = new TestSigningKey(keyId, endorsements);
        lock (_gate)
        {
            _keys.Add(key);
        }

        return key;
    }

    /// <summary>Stops publishing a key (the key stays usable for signing).</summary>
    public bool RemoveKey(string keyId)
    {
        lock (_gate)
        {
            var key = _keys.Find(k => k.KeyId == keyId);
            if (key is null)
            {
                return false;
            }

            return _keys.Remove(key);
        }
    }

    /// <summary>Replaces a published key by a new one with the same endorsements, as a key rollover does.</summary>
    public TestSigningKey RotateKey(string oldKeyId, string newKeyId)
    {
        var old = Keys.Single(k => k.KeyId == oldKeyId);
        var key = AddKey(newKeyId, old.Endorsements);
        RemoveKey(oldKeyId);
        return key;
    }

    /// <summary>When set, answers wait until this task completes (to hold concurrent callers in flight).</summary>
    public Task? HoldUntil { get; set; }

    protected override ScriptedResponse DefaultResponse(RecordedRequest request, int number) =>
        Route(request.RawPath) with { HoldUntil = HoldUntil };

    private ScriptedResponse Route(string path) => path switch
    {
        _ when FailWith is { } status => ScriptedResponse.Status((int)status),
        MetadataPath => ScriptedResponse.Json(200, CreateMetadata().ToJsonString()),
        JwksPath => ScriptedResponse.Json(200, RawJwks ?? new JsonObject { ["keys"] = new JsonArray([.. Keys.Select(k => k.ToJwk())]) }.ToJsonString()),
        _ => ScriptedResponse.Status(404),
    };

    private JsonObject CreateMetadata() => new()
    {
        ["issuer"] = BotFrameworkIssuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = JwksUriOverride ?? JwksUrl,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };
}
