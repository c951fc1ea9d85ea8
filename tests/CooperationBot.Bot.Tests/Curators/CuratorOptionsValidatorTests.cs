using CooperationBot.Bot.Curators;

namespace CooperationBot.Bot.Tests.Curators;

public sealed class CuratorOptionsValidatorTests
{
    private static readonly CuratorOptionsValidator Validator = new();

    [Theory]
    [InlineData(1)]
    [InlineData(90)]
    [InlineData(3650)]
    public void Validate_RetentionInRange_Succeeds(int days)
    {
        Assert.True(Validator.Validate(null, new CuratorOptions { RetentionDays = days, Ids = ["6c3a0f3e-7a55-4f7e-9d7e-0c1d2e3f4a5b"] }).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3651)]
    public void Validate_RetentionOutOfRange_FailsNamingTheSetting(int days)
    {
        var result = Validator.Validate(null, new CuratorOptions { RetentionDays = days });

        Assert.True(result.Failed);
        Assert.Contains("Curators:RetentionDays", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IdThatIsNoGuid_FailsNamingIt()
    {
        var result = Validator.Validate(null, new CuratorOptions { Ids = ["6c3a0f3e-7a55-4f7e-9d7e-0c1d2e3f4a5b", "jan@example.org"] });

        Assert.True(result.Failed);
        Assert.Contains("Curators:Ids:1", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6C3A0F3E-7A55-4F7E-9D7E-0C1D2E3F4A5B", true)]
    [InlineData("6c3a0f3e-7a55-4f7e-9d7e-0c1d2e3f4a5b", true)]
    [InlineData("00000000-0000-0000-0000-0000000000aa", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsCurator_ComparesAsGuids(string? aadObjectId, bool expected)
    {
        var options = new CuratorOptions { Ids = ["6c3a0f3e-7a55-4f7e-9d7e-0c1d2e3f4a5b"] };

        Assert.Equal(expected, options.IsCurator(aadObjectId));
    }
}
