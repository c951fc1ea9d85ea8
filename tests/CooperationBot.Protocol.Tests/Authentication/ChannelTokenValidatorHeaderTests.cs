using CooperationBot.Protocol.Authentication;
using CooperationBot.Testing.Authentication;

namespace CooperationBot.Protocol.Tests.Authentication;

/// <summary>Cases 1, 2, 3 and 24: the header itself.</summary>
public sealed class ChannelTokenValidatorHeaderTests : ValidatorTestBase
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ValidateAsync_NoHeaderWithAppId_Rejected(string? header)
    {
        AssertRejected(await ValidateAsync(header), ChannelAuthFailures.MissingHeader);
        Assert.Equal(0, Server.JwksRequestCount);
    }

    [Theory]
    [InlineData("Basic x")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer a b")]
    [InlineData("Bearer  abc")]
    [InlineData("Token abc")]
    [InlineData("abc")]
    public async Task ValidateAsync_HeaderNotBearerTwoParts_Rejected(string header)
    {
        AssertRejected(await ValidateAsync(header), ChannelAuthFailures.MalformedHeader);
    }

    [Fact]
    public async Task ValidateAsync_ValidTokenFollowedByThirdPart_Rejected()
    {
        var header = CreateHeader(ValidToken()) + " extra";

        AssertRejected(await ValidateAsync(header), ChannelAuthFailures.MalformedHeader);
    }

    [Theory]
    [InlineData("Bearer notajwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer %%%.$$$.###")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.!!!.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")]
    [InlineData("Bearer ...")]
    public async Task ValidateAsync_NotAJwtOrBadBase64_Rejected(string header)
    {
        AssertRejected(await ValidateAsync(header), ChannelAuthFailures.MalformedToken);
    }

    [Fact]
    public async Task ValidateAsync_OversizedToken_Rejected()
    {
        var token = Tokens.CreateToken(ValidToken());
        var bloated = TestTokenFactory.ReplacePayload(token, p => p["pad"] = new string('x', 20_000));

        AssertRejected(await ValidateAsync("Bearer " + bloated), ChannelAuthFailures.MalformedToken);
    }

    [Fact]
    public async Task ValidateAsync_SchemeInOtherCase_Accepted()
    {
        var header = "bearer " + Tokens.CreateToken(ValidToken());

        AssertAccepted(await ValidateAsync(header));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ValidateAsync_HeaderWhileAppIdEmpty_Rejected(string? appId)
    {
        var validator = CreateValidator(o => o.MicrosoftAppId = appId);
        var header = CreateHeader(new TestTokenOptions { Audience = appId ?? string.Empty });

        AssertRejected(await ValidateAsync(header, validator: validator), ChannelAuthFailures.NotConfigured);
    }

    [Fact]
    public async Task ValidateAsync_NoHeaderWhileAppIdEmpty_Rejected()
    {
        var validator = CreateValidator(o => o.MicrosoftAppId = null);

        AssertRejected(await ValidateAsync(null, validator: validator), ChannelAuthFailures.NotConfigured);
    }
}
