using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CooperationBot.Testing.Authentication;

/// <summary>
/// Mints compact JWS tokens for tests, with times taken from a <see cref="TimeProvider"/> (use FakeTimeProvider).
/// Example: <c>factory.CreateToken(new TestTokenOptions { Audience = "app-id" })</c>.
/// </summary>
public sealed class TestTokenFactory(TestSigningKey defaultKey, TimeProvider timeProvider)
{
    public const string RS256 = "RS256";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/emea/";

    public TestSigningKey DefaultKey { get; } = defaultKey ?? throw new ArgumentNullException(nameof(defaultKey));

    /// <summary>Mints a token.</summary>
    public string CreateToken(TestTokenOptions? options = null)
    {
        options ??= new TestTokenOptions();
        var key = options.SigningKey ?? DefaultKey;
        var header = new JsonObject { ["alg"] = options.Algorithm, ["typ"] = "JWT" };
        if (!options.OmitKeyId)
        {
            header["kid"] = options.KeyId ?? key.KeyId;
        }

        Merge(header, options.Headers);
        var signingInput = Encode(header) + "." + Encode(CreatePayload(options));
        var signature = Sign(Encoding.ASCII.GetBytes(signingInput), options.Algorithm, key, options.HmacSecret);
        var token = signingInput + "." + Base64UrlEncoder.Encode(signature);
        return options.Tamper is null ? token : options.Tamper(token);
    }

    /// <summary>Mints a token and returns the <c>Authorization</c> header value <c>Bearer &lt;token&gt;</c>.</summary>
    public string CreateAuthorizationHeader(TestTokenOptions? options = null) => "Bearer " + CreateToken(options);

    /// <summary>Edits the header of a token and keeps its payload and (now wrong) signature.</summary>
    public static string ReplaceHeader(string token, Action<JsonObject> edit) => ReplaceSegment(token, 0, edit);

    /// <summary>Edits the payload of a token and keeps its header and (now wrong) signature.</summary>
    public static string ReplacePayload(string token, Action<JsonObject> edit) => ReplaceSegment(token, 1, edit);

    /// <summary>Removes the signature, leaving <c>header.payload.</c>.</summary>
    public static string StripSignature(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token[..(token.LastIndexOf('.') + 1)];
    }

    private static string ReplaceSegment(string token, int index, Action<JsonObject> edit)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(edit);
        var parts = token.Split('.');
        var segment = JsonNode.Parse(Base64UrlEncoder.Decode(parts[index]))!.AsObject();
        edit(segment);
        parts[index] = Encode(segment);
        return string.Join('.', parts);
    }

    private JsonObject CreatePayload(TestTokenOptions options)
    {
        var now = timeProvider.GetUtcNow();
        var payload = new JsonObject
        {
            ["nbf"] = (options.NotBefore ?? now).ToUnixTimeSeconds(),
            ["exp"] = (options.ExpiresAt ?? now.AddHours(1)).ToUnixTimeSeconds(),
            ["iat"] = (options.IssuedAt ?? now).ToUnixTimeSeconds(),
        };
        SetIfNotNull(payload, "iss", options.Issuer);
        SetIfNotNull(payload, "aud", options.Audience);
        SetIfNotNull(payload, "serviceurl", options.ServiceUrl);
        Merge(payload, options.Claims);
        return payload;
    }

    private static void SetIfNotNull(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static void Merge(JsonObject target, IDictionary<string, object?> values)
    {
        foreach (var (name, value) in values)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else
            {
                target[name] = value as JsonNode ?? JsonSerializer.SerializeToNode(value);
            }
        }
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static byte[] Sign(byte[] data, string algorithm, TestSigningKey key, byte[]? hmacSecret) => algorithm switch
    {
        "none" => [],
        "RS384" => key.Rsa.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
        "RS512" => key.Rsa.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
        "PS256" => key.Rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
        "PS384" => key.Rsa.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pss),
        "PS512" => key.Rsa.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pss),
        "HS256" => HMACSHA256.HashData(hmacSecret ?? key.PublicKeyBytes, data),
        "HS384" => HMACSHA384.HashData(hmacSecret ?? key.PublicKeyBytes, data),
        "HS512" => HMACSHA512.HashData(hmacSecret ?? key.PublicKeyBytes, data),
        _ => key.Rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
    };
}
