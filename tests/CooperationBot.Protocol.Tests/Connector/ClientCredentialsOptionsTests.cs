using CooperationBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Tests.Connector;

public sealed class ClientCredentialsOptionsTests
{
    [Fact]
    public void TokenEndpoint_MultiTenant_BotFrameworkTenant()
    {
        var options = new ClientCredentialsOptions { AppId = "a", AppPassword = "p", TenantId = "ignored" };

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", options.TokenEndpoint);
    }

    [Fact]
    public void TokenEndpoint_SingleTenant_TenantInPath()
    {
        var options = new ClientCredentialsOptions { AppType = "SingleTenant", TenantId = "11111111-2222-3333-4444-555555555555" };

        Assert.Equal("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token", options.TokenEndpoint);
    }

    [Fact]
    public void Scope_Always_BotFrameworkDefaultScope() =>
        Assert.Equal("https://api.botframework.com/.default", ClientCredentialsOptions.Scope);

    [Theory]
    [InlineData("", "secret", "MultiTenant", null, null)]
    [InlineData("app", "", "MultiTenant", null, null)]
    [InlineData("app", "secret", "UserAssignedMSI", null, null)]
    [InlineData("app", "secret", "SingleTenant", null, null)]
    [InlineData("app", "secret", "MultiTenant", null, "http://login.example/")]
    [InlineData("app", "secret", "MultiTenant", null, "http://127.0.0.1:5000/")]
    [InlineData("app", "secret", "MultiTenant", null, "/relative/")]
    public void Constructor_InvalidSettings_ThrowsWithoutSecret(string appId, string password, string appType, string? tenant, string? authority)
    {
        var options = new ClientCredentialsOptions { AppId = appId, AppPassword = password, AppType = appType, TenantId = tenant };
        if (authority is not null)
        {
            options.AuthorityHost = authority;
        }

        var error = Assert.Throws<InvalidOperationException>(() => new ClientCredentialsTokenProvider(
            new HttpClient(), Options.Create(options), TimeProvider.System, NullLogger<ClientCredentialsTokenProvider>.Instance));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("https://login.microsoftonline.us", "https://login.microsoftonline.us/botframework.com/oauth2/v2.0/token")]
    [InlineData("https://127.0.0.1:5001/", "https://127.0.0.1:5001/botframework.com/oauth2/v2.0/token")]
    public void Validate_HttpsAuthority_SucceedsWithTheTokenEndpointUnderIt(string authority, string tokenEndpoint)
    {
        var options = new ClientCredentialsOptions { AppId = "app", AppPassword = "p", AuthorityHost = authority };

        Assert.True(new ClientCredentialsOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(tokenEndpoint, options.TokenEndpoint);
    }

    [Fact]
    public void Validate_SecretAndCertificate_FailsAskingForOne()
    {
        var certificate = Path.GetTempFileName();
        try
        {
            var options = new ClientCredentialsOptions { AppId = "app", AppPassword = "p", CertificatePath = certificate };

            var result = new ClientCredentialsOptionsValidator().Validate(null, options);

            Assert.Equal("Set MicrosoftAppPassword or MicrosoftAppCertificatePath, not both.", result.FailureMessage);
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    [Fact]
    public void Validate_CertificateFileMissing_FailsNamingTheSetting()
    {
        var options = new ClientCredentialsOptions { AppId = "app", CertificatePath = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pem") };

        var result = new ClientCredentialsOptionsValidator().Validate(null, options);

        Assert.Equal("MicrosoftAppCertificatePath names no file that exists.", result.FailureMessage);
    }
}
