using CooperationBot.Protocol.Authentication;
using CooperationBot.Testing.Authentication;

namespace CooperationBot.Protocol.Tests.Authentication;

/// <summary>Cases 7 and 8, plus key rotation, refresh and the key endpoints' failures.</summary>
public sealed class ChannelTokenValidatorKeyTests : ValidatorTestBase
{
    [Fact]
    public async Task ValidateAsync_UnknownKid_RefreshesOnceThenRejected()
    {
        AssertAccepted(await ValidateTokenAsync(ValidToken()));
        Assert.Equal(1, Server.JwksRequestCount);
        Time.Advance(TimeSpan.FromMinutes(10));
        var options = ValidToken(o => o.KeyId = "unknown-kid");

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.UnknownKey);
        Assert.Equal(2, Server.JwksRequestCount);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.UnknownKey);
        Assert.Equal(2, Server.JwksRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKidOnColdCache_FetchesOnlyOnce()
    {
        var options = ValidToken(o => o.KeyId = "unknown-kid");

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.UnknownKey);
        Assert.Equal(1, Server.JwksRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKidAgainAfterRateLimitInterval_RefreshesAgain()
    {
        var options = ValidToken(o => o.KeyId = "unknown-kid");
        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.UnknownKey);

        Time.Advance(TimeSpan.FromMinutes(4));
        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.UnknownKey);
        Assert.Equal(1, Server.JwksRequestCount);

        Time.Advance(TimeSpan.FromMinutes(1));
        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.UnknownKey);
        Assert.Equal(2, Server.JwksRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_KeyRemovedFromJwks_Rejected()
    {
        var retired = Server.AddKey("retired", [Teams]);
        Server.RemoveKey(retired.KeyId);
        var options = ValidToken(o => o.SigningKey = retired);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.UnknownKey);
    }

    [Fact]
    public async Task ValidateAsync_KnownKidSignedWithForeignKey_Rejected()
    {
        var foreign = TestSigningKey.ForTeams(LoopbackOpenIdServer.DefaultKeyId);
        var options = ValidToken(o => o.SigningKey = foreign);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidSignature);
    }

    [Fact]
    public async Task ValidateAsync_NoKid_Rejected()
    {
        var options = ValidToken(o => o.OmitKeyId = true);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.MissingKeyId);
    }

    [Fact]
    public async Task ValidateAsync_KeyRotated_NewKidAcceptedAfterRefresh()
    {
        AssertAccepted(await ValidateTokenAsync(ValidToken()));
        var newKey = Server.RotateKey(LoopbackOpenIdServer.DefaultKeyId, "test-key-2");
        Time.Advance(TimeSpan.FromMinutes(5));
        var options = ValidToken(o => o.SigningKey = newKey);

        AssertAccepted(await ValidateTokenAsync(options));
        Assert.Equal(2, Server.JwksRequestCount);

        AssertRejected(await ValidateTokenAsync(ValidToken()), ChannelAuthFailures.UnknownKey);
        Assert.Equal(2, Server.JwksRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_KeySetOlderThan24Hours_Refreshed()
    {
        AssertAccepted(await ValidateTokenAsync(ValidToken()));
        Server.RemoveKey(LoopbackOpenIdServer.DefaultKeyId);
        Server.AddKey("next", [Teams]);

        Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        AssertAccepted(await ValidateTokenAsync(ValidToken()));
        Assert.Equal(1, Server.JwksRequestCount);

        Time.Advance(TimeSpan.FromSeconds(1));
        AssertRejected(await ValidateTokenAsync(ValidToken()), ChannelAuthFailures.UnknownKey);
        Assert.Equal(2, Server.JwksRequestCount);
        Assert.Equal(2, Server.MetadataRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_ConcurrentRequestsOnColdCache_FetchKeysOnce()
    {
        var header = CreateHeader(ValidToken());
        var release = new TaskCompletionSource();
        Server.HoldUntil = release.Task;

        var pending = Enumerable.Range(0, 32).Select(_ => ValidateAsync(header)).ToList();
        await Server.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        release.SetResult();
        var results = await Task.WhenAll(pending);

        Assert.All(results, r => AssertAccepted(r));
        Assert.Equal(1, Server.MetadataRequestCount);
        Assert.Equal(1, Server.JwksRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_ConcurrentUnknownKids_RefreshOnce()
    {
        AssertAccepted(await ValidateTokenAsync(ValidToken()));
        Time.Advance(TimeSpan.FromMinutes(10));
        var headers = Enumerable.Range(0, 32).Select(i => CreateHeader(ValidToken(o => o.KeyId = "unknown-" + i))).ToList();
        var release = new TaskCompletionSource();
        Server.HoldUntil = release.Task;

        var pending = headers.Select(h => ValidateAsync(h)).ToList();
        await Server.WaitForRequestsAsync(3, TimeSpan.FromSeconds(10));
        release.SetResult();
        var results = await Task.WhenAll(pending);

        Assert.All(results, r => AssertRejected(r, ChannelAuthFailures.UnknownKey));
        Assert.Equal(2, Server.MetadataRequestCount);
        Assert.Equal(2, Server.JwksRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_JkuX5uJwkHeadersOnForeignKey_IgnoredAndNeverFetched()
    {
        await using var attacker = await LoopbackOpenIdServer.StartAsync();
        var options = ValidToken();
        options.SigningKey = attacker.DefaultKey;
        options.KeyId = "attacker-key";
        options.Headers["jku"] = attacker.JwksUrl;
        options.Headers["x5u"] = attacker.JwksUrl;
        options.Headers["jwk"] = attacker.DefaultKey.ToJwk();

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.UnknownKey);
        Assert.Equal(0, attacker.JwksRequestCount);
        Assert.Equal(0, attacker.MetadataRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_EmbeddedJwkWithTrustedKid_Rejected()
    {
        var foreign = TestSigningKey.ForTeams(LoopbackOpenIdServer.DefaultKeyId);
        var options = ValidToken();
        options.SigningKey = foreign;
        options.Headers["jwk"] = foreign.ToJwk();

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidSignature);
    }

    [Fact]
    public async Task ValidateAsync_ValidTokenWithJkuX5uJwkHeaders_HeadersIgnored()
    {
        await using var attacker = await LoopbackOpenIdServer.StartAsync();
        var options = ValidToken();
        options.Headers["jku"] = attacker.JwksUrl;
        options.Headers["x5u"] = attacker.JwksUrl;
        options.Headers["jwk"] = attacker.DefaultKey.ToJwk();

        AssertAccepted(await ValidateTokenAsync(options));
        Assert.Equal(0, attacker.JwksRequestCount);
    }
}
