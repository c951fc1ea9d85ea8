using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CooperationBot.Testing.Authentication;

/// <summary>An RSA key pair a test signs tokens with, published by <see cref="LoopbackOpenIdServer"/> as a JWK.</summary>
public sealed class TestSigningKey
{
    /// <param name="keyId">The <c>kid</c>.</param>
    /// <param name="endorsements">The JWK's <c>endorsements</c>; null leaves the field out.</param>
    public TestSigningKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        KeyId = keyId;
        Endorsements = endorsements;
        Rsa = RSA.Create(2048);
    }

    public string KeyId { get; }

    /// <summary>The channels the key is endorsed for, or null when the JWK has no endorsements field.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>The key pair, private part included.</summary>
    public RSA Rsa { get; }

    /// <summary>The public key as DER SubjectPublicKeyInfo (what a key-confusion attacker would use as an HMAC secret).</summary>
    public byte[] PublicKeyBytes => Rsa.ExportSubjectPublicKeyInfo();

    /// <summary>A key endorsed for <c>msteams</c>, as the Bot Framework publishes them.</summary>
    public static TestSigningKey ForTeams(string keyId) => new(keyId, ["msteams"]);

    /// <summary>The public JWK, with <c>endorsements</c> unless <see cref="Endorsements"/> is null.</summary>
    public JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }
}
