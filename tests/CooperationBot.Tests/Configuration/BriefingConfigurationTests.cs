using CooperationBot.Host;
using Microsoft.Extensions.Configuration;

namespace CooperationBot.Tests.Configuration;

/// <summary>Start-up checks of the briefing settings: the signing key outside Development, the lifetime, the public address.</summary>
public sealed class BriefingConfigurationTests
{
    private const string Key = "YnJpZWZpbmctY29uZmlndXJhdGlvbi10ZXN0cy0zMmI=";

    private static async Task<(bool Valid, string Error)> ValidateAsync(string environment, params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "c0ffee00-b0d1-4a5e-9f1a-5ec0de000001",
            ["MicrosoftAppPassword"] = "secret",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        await using var app = BotHost.Build(["--environment", environment], builder => builder.Configuration.AddInMemoryCollection(values));
        using var error = new StringWriter();
        var valid = BotHost.TryValidateConfiguration(app, error);
        return (valid, error.ToString());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task TryValidateConfiguration_NoBriefingKeyOutsideDevelopment_FailsNamingTheSetting(string environment)
    {
        var (valid, error) = await ValidateAsync(environment);

        Assert.False(valid);
        Assert.Contains("Bot:BriefingSigningKey is not configured", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryValidateConfiguration_ShortKey_FailsWithoutShowingTheKey()
    {
        const string shortKey = "dG9vLXNob3J0LWtleQ==";

        var (valid, error) = await ValidateAsync("Production", ("Bot:BriefingSigningKey", shortKey));

        Assert.False(valid);
        Assert.Contains("not base64 of at least 32 bytes", error, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryValidateConfiguration_ProductionWithKey_Succeeds()
    {
        var (valid, error) = await ValidateAsync("Production", ("Bot:BriefingSigningKey", Key));

        Assert.True(valid, error);
    }

    [Theory]
    [InlineData("Bot:BriefingTokenLifetimeHours", "0", "Bot:BriefingTokenLifetimeHours must be between 1 and 168")]
    [InlineData("Bot:PublicBaseUrl", "bot.example.nl", "Bot:PublicBaseUrl must be an absolute http or https URL")]
    [InlineData("Bot:PublicBaseUrl", "ftp://bot.example.nl", "Bot:PublicBaseUrl must be an absolute http or https URL")]
    [InlineData("Bot:PublicBaseUrl", "https://bot.example.nl/?x=1", "Bot:PublicBaseUrl must be an absolute http or https URL")]
    public async Task TryValidateConfiguration_BadBriefingSetting_FailsNamingIt(string key, string value, string message)
    {
        var (valid, error) = await ValidateAsync("Production", ("Bot:BriefingSigningKey", Key), (key, value));

        Assert.False(valid);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
