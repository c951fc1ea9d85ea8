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
    [InlineData("app", "secret", "MultiTenant", null, "http://login.example/token")]
    [InlineData("app", "secret", "MultiTenant", null, "/relative/token")]
    public void Constructor_InvalidSettings_ThrowsWithoutSecret(string appId, string password, string appType, string? tenant, string? endpoint)
    {
        var options = new ClientCredentialsOptions { AppId = appId, AppPassword = password, AppType = appType, TenantId = tenant };
        if (endpoint is not null)
        {
            options.TokenEndpoint = endpoint;
        }

        var error = Assert.Throws<InvalidOperationException>(() => new ClientCredentialsTokenProvider(
            new HttpClient(), Options.Create(options), TimeProvider.System, NullLogger<ClientCredentialsTokenProvider>.Instance));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("http://127.0.0.1:5000/botframework.com/oauth2/v2.0/token")]
    [InlineData("http://localhost:5000/token")]
    public void Validate_AcceptableEndpoint_Succeeds(string endpoint)
    {
        var options = new ClientCredentialsOptions { AppId = "app", AppPassword = "p", TokenEndpoint = endpoint };

        Assert.True(new ClientCredentialsOptionsValidator().Validate(null, options).Succeeded);
    }
}
