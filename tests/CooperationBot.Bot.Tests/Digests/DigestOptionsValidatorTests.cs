using CooperationBot.Bot.Digests;

namespace CooperationBot.Bot.Tests.Digests;

public sealed class DigestOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(new DigestOptionsValidator().Validate(null, new DigestOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(301)]
    public void Validate_HeartbeatOutOfRange_FailsNamingTheSetting(int seconds)
    {
        var result = new DigestOptionsValidator().Validate(null, new DigestOptions { HeartbeatSeconds = seconds });

        Assert.True(result.Failed);
        Assert.Contains("Digest:HeartbeatSeconds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(5, 15)]
    [InlineData(10, 30)]
    public void InstanceLiveWindow_ThreeHeartbeatsAndAtLeastFifteenSeconds(int heartbeatSeconds, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), new DigestOptions { HeartbeatSeconds = heartbeatSeconds }.InstanceLiveWindow);
    }
}
