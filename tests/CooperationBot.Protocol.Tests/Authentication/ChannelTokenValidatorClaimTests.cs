using CooperationBot.Protocol.Authentication;

namespace CooperationBot.Protocol.Tests.Authentication;

/// <summary>Cases 9–17: issuer, audience, lifetime and the serviceurl claim.</summary>
public sealed class ChannelTokenValidatorClaimTests : ValidatorTestBase
{
    private const string EntraTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("http://api.botframework.com")]
    [InlineData("HTTPS://API.BOTFRAMEWORK.COM")]
    [InlineData("https://api.botframework.com.evil.example")]
    [InlineData(" https://api.botframework.com")]
    [InlineData("")]
    [InlineData(null)]
    public async Task ValidateAsync_WrongIssuer_Rejected(string? issuer)
    {
        var options = ValidToken(o => o.Issuer = issuer);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidIssuer);
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + EntraTenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + EntraTenant + "/v2.0")]
    public async Task ValidateAsync_EntraIssuerNotEnabled_Rejected(string issuer)
    {
        var options = ValidToken(o => o.Issuer = issuer);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidIssuer);
    }

    [Fact]
    public async Task ValidateAsync_EntraIssuerConfigured_Accepted()
    {
        var issuer = "https://login.microsoftonline.com/" + EntraTenant + "/v2.0";
        var validator = CreateValidator(o => o.ValidIssuers.Add(issuer));
        var options = ValidToken(o => o.Issuer = issuer);

        AssertAccepted(await ValidateTokenAsync(options, validator: validator));
    }

    [Theory]
    [InlineData("another-app-id")]
    [InlineData("")]
    [InlineData("A1B2C3D4-1111-2222-3333-444455556666")]
    [InlineData("https://api.botframework.com")]
    [InlineData(AppId + "/")]
    [InlineData(null)]
    public async Task ValidateAsync_WrongAudience_Rejected(string? audience)
    {
        var options = ValidToken(o => o.Audience = audience);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidAudience);
    }

    [Theory]
    [InlineData(-4, true)]
    [InlineData(-6, false)]
    [InlineData(-60 * 24, false)]
    public async Task ValidateAsync_ExpiredMinutesAgo_AcceptedWithinFiveMinuteSkew(int minutes, bool accepted)
    {
        var options = ValidToken();
        options.NotBefore = Time.GetUtcNow().AddHours(-1);
        options.ExpiresAt = Time.GetUtcNow().AddMinutes(minutes);

        var result = await ValidateTokenAsync(options);

        AssertOutcome(result, accepted, ChannelAuthFailures.InvalidLifetime);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(6, false)]
    public async Task ValidateAsync_NotBeforeMinutesAhead_AcceptedWithinFiveMinuteSkew(int minutes, bool accepted)
    {
        var options = ValidToken(o => o.NotBefore = Time.GetUtcNow().AddMinutes(minutes));

        var result = await ValidateTokenAsync(options);

        AssertOutcome(result, accepted, ChannelAuthFailures.InvalidLifetime);
    }

    [Fact]
    public async Task ValidateAsync_ExpiresWhenClockAdvances_Rejected()
    {
        var header = CreateHeader(ValidToken());
        AssertAccepted(await ValidateAsync(header));

        Time.Advance(TimeSpan.FromMinutes(66));

        AssertRejected(await ValidateAsync(header), ChannelAuthFailures.InvalidLifetime);
    }

    [Fact]
    public async Task ValidateAsync_NoExpClaim_Rejected()
    {
        var options = ValidToken(o => o.Claims["exp"] = null);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidLifetime);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlClaimMissing_Rejected()
    {
        var options = ValidToken(o => o.ServiceUrl = null);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.ServiceUrlMismatch);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("https://evil.example/")]
    [InlineData("")]
    public async Task ValidateAsync_ServiceUrlClaimDiffers_Rejected(string claimed)
    {
        var options = ValidToken(o => o.ServiceUrl = claimed);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.ServiceUrlMismatch);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlClaimNotAString_Rejected()
    {
        var options = ValidToken(o => o.Claims["serviceurl"] = 42);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.ServiceUrlMismatch);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlClaimInOtherCase_Accepted()
    {
        var options = ValidToken(o => o.ServiceUrl = "HTTPS://SMBA.TrafficManager.NET/EMEA/");

        AssertAccepted(await ValidateTokenAsync(options));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ValidateAsync_ActivityWithoutServiceUrl_Rejected(string? serviceUrl)
    {
        AssertRejected(await ValidateTokenAsync(ValidToken(), serviceUrl: serviceUrl), ChannelAuthFailures.MissingServiceUrl);
    }
}
