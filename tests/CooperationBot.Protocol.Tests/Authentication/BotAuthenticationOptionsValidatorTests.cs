using CooperationBot.Protocol.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationOptionsValidatorTests
{
    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://127.8.9.10/metadata")]
    [InlineData("http://[::1]:8080/metadata")]
    [InlineData("http://localhost/metadata")]
    public void Validate_HttpsOrLoopbackHttpMetadataUrl_Succeeds(string url)
    {
        var result = Validate(new BotAuthenticationOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.0.0.1/metadata")]
    [InlineData("http://localhost.evil.example/metadata")]
    [InlineData("ftp://127.0.0.1/metadata")]
    [InlineData("https://user:secret@login.botframework.com/metadata")]
    [InlineData("/v1/.well-known/openidconfiguration")]
    [InlineData("")]
    public void Validate_OtherMetadataUrl_Fails(string url)
    {
        var result = Validate(new BotAuthenticationOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Failed);
        Assert.Contains("OpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_SucceedWithoutAppId()
    {
        Assert.True(Validate(new BotAuthenticationOptions()).Succeeded);
    }

    [Fact]
    public void Validate_EmptyLists_Fail()
    {
        var result = Validate(new BotAuthenticationOptions { ValidIssuers = [], AllowedChannelIds = [""] });

        Assert.Contains("ValidIssuers", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("AllowedChannelIds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadIntervals_Fail()
    {
        var result = Validate(new BotAuthenticationOptions
        {
            ClockSkew = TimeSpan.FromMinutes(-1),
            KeyRefreshInterval = TimeSpan.Zero,
            UnknownKeyRefreshInterval = TimeSpan.FromSeconds(-1),
        });

        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void Constructor_NonLoopbackHttpMetadataUrl_Throws()
    {
        var options = new BotAuthenticationOptions { MicrosoftAppId = "app", OpenIdMetadataUrl = "http://example.com/metadata" };
        using var httpClient = new HttpClient();

        var error = Assert.Throws<OptionsValidationException>(() => new ChannelTokenValidator(
            Options.Create(options), httpClient, TimeProvider.System, NullLogger<ChannelTokenValidator>.Instance));

        Assert.Contains("OpenIdMetadataUrl", error.Message, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(BotAuthenticationOptions options) =>
        new BotAuthenticationOptionsValidator().Validate(Options.DefaultName, options);
}
