using CooperationBot.Testing.Authentication;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Protocol.Tests.Authentication;

/// <summary>Failure reasons and log records name the problem and never carry the token.</summary>
public sealed class ChannelTokenValidatorLoggingTests : ValidatorTestBase
{
    public static TheoryData<string> FailingTokens => new()
    {
        "wrong-audience",
        "expired",
        "tampered",
        "unknown-kid",
        "hs256",
        "no-serviceurl",
    };

    [Theory]
    [MemberData(nameof(FailingTokens))]
    public async Task ValidateAsync_Rejected_ReasonAndLogsNeverContainToken(string variant)
    {
        var token = Tokens.CreateToken(Variant(variant));

        var result = await ValidateAsync("Bearer " + token);

        Assert.False(result.Succeeded);
        var records = Logger.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        var texts = records.Select(r => r.Message + r.Exception).Append(result.FailureReason!).ToList();
        foreach (var segment in token.Split('.').Where(s => s.Length > 8))
        {
            Assert.DoesNotContain(texts, t => t.Contains(segment, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ValidateAsync_Rejected_LogsReasonAtInformation()
    {
        var options = ValidToken(o => o.Audience = "other");

        var result = await ValidateTokenAsync(options);

        var record = Logger.LatestRecord;
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Equal(result.FailureReason, record.GetStructuredStateValue("Reason"));
    }

    [Fact]
    public async Task ValidateAsync_KeyEndpointFails_LogsWarning()
    {
        Server.FailWith = System.Net.HttpStatusCode.BadGateway;

        await ValidateTokenAsync(ValidToken());

        Assert.Contains(Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Exception is HttpRequestException);
    }

    private TestTokenOptions Variant(string variant)
    {
        var options = ValidToken();
        switch (variant)
        {
            case "wrong-audience":
                options.Audience = "other";
                break;
            case "expired":
                options.ExpiresAt = Time.GetUtcNow().AddHours(-1);
                break;
            case "tampered":
                options.Tamper = t => TestTokenFactory.ReplacePayload(t, p => p["aud"] = "x");
                break;
            case "unknown-kid":
                options.KeyId = "nope";
                break;
            case "hs256":
                options.Algorithm = "HS256";
                break;
            default:
                options.ServiceUrl = null;
                break;
        }

        return options;
    }
}
