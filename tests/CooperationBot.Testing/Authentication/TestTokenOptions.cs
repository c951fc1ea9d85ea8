namespace CooperationBot.Testing.Authentication;

/// <summary>
/// Every knob of a test token. Defaults give a valid Bot Framework channel token except for the audience,
/// which is left out unless set.
/// </summary>
public sealed class TestTokenOptions
{
    /// <summary>The key to sign with; null uses the factory's default key.</summary>
    public TestSigningKey? SigningKey { get; set; }

    /// <summary>The <c>kid</c> header; null uses the signing key's id. See <see cref="OmitKeyId"/>.</summary>
    public string? KeyId { get; set; }

    /// <summary>Leave the <c>kid</c> header out.</summary>
    public bool OmitKeyId { get; set; }

    /// <summary>
    /// The <c>alg</c> header and how the token is signed: RS256/384/512 (PKCS#1), PS256/384/512 (PSS), HS256/384/512
    /// (HMAC with <see cref="HmacSecret"/>), <c>none</c> (empty signature). Any other value is written as the header
    /// while the token is signed RS256.
    /// </summary>
    public string Algorithm { get; set; } = TestTokenFactory.RS256;

    /// <summary>The HMAC secret for HS*; null uses the signing key's public key bytes.</summary>
    public byte[]? HmacSecret { get; set; }

    /// <summary>The <c>iss</c> claim; null leaves it out.</summary>
    public string? Issuer { get; set; } = LoopbackOpenIdServer.BotFrameworkIssuer;

    /// <summary>The <c>aud</c> claim; null leaves it out.</summary>
    public string? Audience { get; set; }

    /// <summary>The <c>serviceurl</c> claim; null leaves it out.</summary>
    public string? ServiceUrl { get; set; } = TestTokenFactory.DefaultServiceUrl;

    /// <summary>The <c>exp</c> claim; null means one hour after the factory's current time.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The <c>nbf</c> claim; null means the factory's current time.</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>The <c>iat</c> claim; null means the factory's current time.</summary>
    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Extra or replaced payload claims (JSON-serialized); a null value removes the claim (e.g. <c>exp</c>).</summary>
    public IDictionary<string, object?> Claims { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Extra or replaced header fields (e.g. <c>jku</c>, <c>x5u</c>, <c>jwk</c>); a null value removes the field.</summary>
    public IDictionary<string, object?> Headers { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Applied to the finished compact token, for raw tampering (see the static helpers of <see cref="TestTokenFactory"/>).</summary>
    public Func<string, string>? Tamper { get; set; }
}
