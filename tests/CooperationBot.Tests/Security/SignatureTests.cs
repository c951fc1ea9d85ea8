using System.Net;
using System.Text;
using CooperationBot.Testing.Authentication;

namespace CooperationBot.Tests.Security;

/// <summary>Security cases 4-8: how the token is signed and which key it names.</summary>
public sealed class SignatureTests
{
    // Case 4
    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData("NONE")]
    public async Task PostActivity_AlgNoneUnsigned_Returns401(string algorithm)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.Algorithm = algorithm));
    }

    // Case 4: an RS256 token with its signature removed.
    [Fact]
    public async Task PostActivity_Rs256TokenWithoutSignature_Returns401()
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.Tamper = TestTokenFactory.StripSignature));
    }

    // Case 5: HMAC keyed with the app password.
    [Fact]
    public async Task PostActivity_Hs256SignedWithAppPassword_Returns401()
    {
        await using var bot = await SecureBot.StartAsync();
        var header = bot.Header(t =>
        {
            t.Algorithm = "HS256";
            t.HmacSecret = Encoding.UTF8.GetBytes(SecureBot.AppPassword);
        });

        await bot.AssertRejectedAsync(bot.Message(), header);
    }

    // Case 5: key confusion, HMAC keyed with the published RSA public key.
    [Theory]
    [InlineData("HS256")]
    [InlineData("HS384")]
    [InlineData("HS512")]
    public async Task PostActivity_HmacSignedWithPublicKey_Returns401(string algorithm)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.Algorithm = algorithm));
    }

    // Case 6: PS* are signed correctly with the genuine key, but not allowed; the others are foreign names.
    [Theory]
    [InlineData("PS256")]
    [InlineData("PS384")]
    [InlineData("PS512")]
    [InlineData("ES256")]
    [InlineData("RS1")]
    [InlineData("rs256")]
    public async Task PostActivity_AlgorithmOutsideRs256To512_Returns401(string algorithm)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.Algorithm = algorithm));
    }

    // Case 6 (control): the three allowed algorithms pass.
    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task PostActivity_AllowedRsaAlgorithm_Returns200(string algorithm)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header(t => t.Algorithm = algorithm));
    }

    // Case 7: an unpublished key; the unknown kid refreshes the key set once, then the token is still refused.
    [Fact]
    public async Task PostActivity_UnknownKeyId_RefreshesKeysOnceAndReturns401()
    {
        await using var bot = await SecureBot.StartAsync();
        using (var warmUp = await bot.PostAsync(bot.Message(), bot.Header()))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        var turnsBefore = bot.Recorder.Turns.Count;
        var requestsBefore = bot.Connector.RequestCount;
        bot.Clock.Advance(TimeSpan.FromMinutes(6));
        var unpublished = TestSigningKey.ForTeams("unpublished-key");

        using var first = await bot.PostAsync(bot.Message(), bot.Header(t => t.SigningKey = unpublished));
        using var second = await bot.PostAsync(bot.Message(), bot.Header(t => t.SigningKey = unpublished));

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(2, bot.OpenId.JwksRequestCount);
        Assert.Equal(turnsBefore, bot.Recorder.Turns.Count);
        Assert.Equal(requestsBefore, bot.Connector.RequestCount);
    }

    // Case 7: the published kid, but signed with another key; and no kid at all.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostActivity_KeyNotInJwks_Returns401(bool omitKeyId)
    {
        await using var bot = await SecureBot.StartAsync();
        var header = bot.Header(t =>
        {
            t.SigningKey = TestSigningKey.ForTeams(LoopbackOpenIdServer.DefaultKeyId);
            t.OmitKeyId = omitKeyId;
        });

        await bot.AssertRejectedAsync(bot.Message(), header);
    }

    // Case 8: jku, x5u and jwk point at the attacker's own key; none of them is fetched or used.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostActivity_KeyHeadersPointToAttackerKey_Returns401AndFetchesNothing(bool reusePublishedKeyId)
    {
        await using var bot = await SecureBot.StartAsync();
        await using var attacker = await LoopbackOpenIdServer.StartAsync();
        var attackerKey = reusePublishedKeyId ? attacker.DefaultKey : attacker.AddKey("attacker-key", ["msteams"]);

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t =>
        {
            t.SigningKey = attackerKey;
            AddKeyHeaders(t, attacker, attackerKey);
        }));

        Assert.Empty(attacker.Requests);
    }

    // Case 8: the same headers on a token signed with the genuine key change nothing.
    [Fact]
    public async Task PostActivity_GenuineTokenWithKeyHeaders_HeadersIgnored()
    {
        await using var bot = await SecureBot.StartAsync();
        await using var attacker = await LoopbackOpenIdServer.StartAsync();

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header(t => AddKeyHeaders(t, attacker, attacker.DefaultKey)));

        Assert.Empty(attacker.Requests);
    }

    private static void AddKeyHeaders(TestTokenOptions token, LoopbackOpenIdServer attacker, TestSigningKey attackerKey)
    {
        token.Headers["jku"] = attacker.JwksUrl;
        token.Headers["x5u"] = attacker.JwksUrl;
        token.Headers["jwk"] = attackerKey.ToJwk();
    }
}
