using System.Net;
using CooperationBot.Protocol.Authentication;

namespace CooperationBot.Protocol.Tests.Authentication;

/// <summary>Failures of the metadata and key endpoints: results, never exceptions.</summary>
public sealed class ChannelTokenValidatorKeySourceTests : ValidatorTestBase
{
    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task ValidateAsync_KeyEndpointFails_RejectedWithoutThrowing(HttpStatusCode status)
    {
        Server.FailWith = status;

        AssertRejected(await ValidateTokenAsync(ValidToken()), ChannelAuthFailures.KeysUnavailable);
    }

    [Fact]
    public async Task ValidateAsync_KeyEndpointRecovers_AcceptedAfterRetryDelay()
    {
        Server.FailWith = HttpStatusCode.ServiceUnavailable;
        AssertRejected(await ValidateTokenAsync(ValidToken()), ChannelAuthFailures.KeysUnavailable);
        Server.FailWith = null;

        AssertRejected(await ValidateTokenAsync(ValidToken()), ChannelAuthFailures.KeysUnavailable);
        Assert.Equal(1, Server.MetadataRequestCount);

        Time.Advance(TimeSpan.FromSeconds(10));
        AssertAccepted(await ValidateTokenAsync(ValidToken()));
    }

    [Fact]
    public async Task ValidateAsync_RefreshFailsAfter24Hours_PreviousKeysKept()
    {
        AssertAccepted(await ValidateTokenAsync(ValidToken()));
        Server.FailWith = HttpStatusCode.InternalServerError;
        Time.Advance(TimeSpan.FromHours(25));

        AssertAccepted(await ValidateTokenAsync(ValidToken()));
        Assert.Equal(2, Server.MetadataRequestCount);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"keys":{}}""")]
    [InlineData("""{"keys":[{"kty":"EC","kid":"test-key-1","endorsements":["msteams"]}]}""")]
    [InlineData("""{"keys":[{"kty":"RSA","kid":"test-key-1","n":"***","e":"AQAB","endorsements":["msteams"]}]}""")]
    public async Task ValidateAsync_MalformedJwks_RejectedWithoutThrowing(string jwks)
    {
        Server.RawJwks = jwks;

        AssertRejected(await ValidateTokenAsync(ValidToken()), ChannelAuthFailures.KeysUnavailable);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/keys")]
    [InlineData("ftp://127.0.0.1/keys")]
    [InlineData("keys")]
    public async Task ValidateAsync_MetadataNamesDisallowedJwksUri_Rejected(string jwksUri)
    {
        Server.JwksUriOverride = jwksUri;

        AssertRejected(await ValidateTokenAsync(ValidToken()), ChannelAuthFailures.KeysUnavailable);
        Assert.Equal(0, Server.JwksRequestCount);
    }

    [Fact]
    public async Task ValidateAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var header = CreateHeader(ValidToken());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Validator.ValidateAsync(header, Teams, ServiceUrl, cancellation.Token));
    }
}
