using CooperationBot.Host.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CooperationBot.Tests.Configuration;

public class BotCredentialsValidatorTests
{
    private static BotCredentialsValidator For(string environment) => new(new Environment(environment));

    [Fact]
    public void Validate_NoAppIdInDevelopment_Succeeds()
    {
        Assert.True(For("Development").Validate(null, new BotCredentialsOptions()).Succeeded);
    }

    [Fact]
    public void Validate_NoAppIdInProduction_FailsNamingTheSetting()
    {
        var result = For("Production").Validate(null, new BotCredentialsOptions());

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppId is not configured", result.FailureMessage);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId is empty")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword is empty")]
    [InlineData("UserAssignedMSI", null, null, "UserAssignedMSI but MicrosoftAppTenantId is empty")]
    [InlineData("UserAssignedMSI", "secret", "tenant", "UserAssignedMSI but MicrosoftAppPassword is set")]
    [InlineData("Whatever", "secret", null, "must be MultiTenant, SingleTenant or UserAssignedMSI")]
    public void Validate_IncompleteRegistration_FailsWithPlainMessage(string type, string? password, string? tenant, string expected)
    {
        var options = new BotCredentialsOptions
        {
            MicrosoftAppId = "app",
            MicrosoftAppType = type,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
        };

        var result = For("Production").Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
    }

    [Fact]
    public void Validate_CompleteSingleTenant_Succeeds()
    {
        var options = new BotCredentialsOptions
        {
            MicrosoftAppId = "app",
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = "tenant",
        };

        Assert.True(For("Production").Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_UserAssignedMsiWithTenantAndNoPassword_Succeeds()
    {
        var options = new BotCredentialsOptions
        {
            MicrosoftAppId = "client-id-of-the-identity",
            MicrosoftAppType = "UserAssignedMSI",
            MicrosoftAppTenantId = "tenant",
        };

        Assert.True(For("Production").Validate(null, options).Succeeded);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "CooperationBot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
